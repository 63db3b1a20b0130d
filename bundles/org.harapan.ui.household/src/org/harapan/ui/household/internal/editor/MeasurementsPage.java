package org.harapan.ui.household.internal.editor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.harapan.model.Member;

/**
 * The measurements of one member (a child by default: the youngest), chosen above the table; adding a measurement
 * adds one dated today, lying down for a child under two.
 */
public final class MeasurementsPage {

	private final FileContext file;
	private final Composite control;
	private final Combo chooser;
	private final ListPage.Shown table;
	private List<Member> members = List.of();
	private Member chosen;

	public MeasurementsPage(Composite parent, FileContext file) {
		this.file = file;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(5, 5).applyTo(control);
		new Label(control, SWT.NONE).setText(Messages.Page_Member);
		chooser = new Combo(control, SWT.READ_ONLY);
		GridDataFactory.swtDefaults().hint(320, SWT.DEFAULT).applyTo(chooser);
		chooser.addListener(SWT.Selection, e -> {
			int i = chooser.getSelectionIndex();
			choose(i >= 0 && i < members.size() ? members.get(i) : null);
		});
		file.onChange(this::showMembers);
		showMembers();
		table = RecordPages.MEASUREMENTS.create(control, file, household -> chosen, Messages.Page_AddMeasurement);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table.control());
	}

	public Composite control() {
		return control;
	}

	public ListPage.Shown table() {
		return table;
	}

	/** Shows the measurements of {@code member} (and selects it in the workbench, for the growth chart). */
	public void choose(Member member) {
		chosen = member;
		chooser.select(members.indexOf(member));
		file.changed();
		if (member != null) {
			file.select(member);
		}
	}

	public Member chosen() {
		return chosen;
	}

	private void showMembers() {
		if (chooser.isDisposed() || file.household() == null) {
			return;
		}
		List<Member> now = List.copyOf(file.household().getMembers());
		if (!now.equals(members)) {
			members = now;
			LocalDate today = LocalDate.now();
			chooser.setItems(members.stream().map(m -> NLS.bind(Messages.Page_MemberItem,
					m.getName() == null ? "" : m.getName(), Math.max(0, m.ageInMonths(today)))) //$NON-NLS-1$
					.toArray(String[]::new));
		}
		if (chosen == null || !members.contains(chosen)) {
			chosen = members.stream().filter(m -> m.getBirthDate() != null)
					.max(Comparator.comparing(Member::getBirthDate)).orElse(null);
		}
		chooser.select(members.indexOf(chosen));
	}
}
