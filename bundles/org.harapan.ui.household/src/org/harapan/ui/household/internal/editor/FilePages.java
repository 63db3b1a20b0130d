package org.harapan.ui.household.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.harapan.model.Attendance;
import org.harapan.model.CaseEvent;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.Disbursement;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.Referral;

/**
 * The pages of the household file, in order: overview, members, measurements, attendance, …, case events. The
 * overview is made at once; each other page when it is first shown (opening a file stays quick).
 */
public final class FilePages {

	public static final int OVERVIEW = 0;
	public static final int MEMBERS = 1;
	public static final int MEASUREMENTS = 2;
	public static final int ATTENDANCE = 3;
	public static final int COMPLIANCE = 4;
	public static final int DISBURSEMENTS = 5;
	public static final int REFERRALS = 6;
	public static final int EVENTS = 7;

	private final OverviewPage overview;
	private final List<Composite> holders = new ArrayList<>();
	private final List<Supplier<Object>> makers = new ArrayList<>();
	private final List<Object> made = new ArrayList<>();

	public FilePages(Composite container, FileContext file) {
		overview = new OverviewPage(holder(container, null), file);
		made.set(OVERVIEW, overview);
		holder(container, h -> RecordPages.MEMBERS.create(h, file, x -> x, Messages.Page_AddMember));
		holder(container, h -> new MeasurementsPage(h, file));
		holder(container, h -> RecordPages.ATTENDANCE.create(h, file, x -> x, Messages.Page_AddAttendance));
		holder(container, h -> RecordPages.COMPLIANCE.create(h, file, x -> x, Messages.Page_AddCompliance));
		holder(container, h -> RecordPages.DISBURSEMENTS.create(h, file, x -> x, null));
		holder(container, h -> RecordPages.REFERRALS.create(h, file, x -> x, Messages.Page_AddReferral));
		holder(container, h -> new CaseEventsPage(h, file));
	}

	private Composite holder(Composite container, Function<Composite, Object> maker) {
		Composite holder = new Composite(container, SWT.NONE);
		holder.setLayout(new FillLayout());
		holders.add(holder);
		makers.add(maker == null ? null : () -> maker.apply(holder));
		made.add(null);
		return holder;
	}

	/** Adds the pages to the editor with {@code add} (giving the page index) and names them. */
	public void addTo(Function<Control, Integer> add, BiConsumer<Integer, String> name) {
		String[] names = { Messages.Page_Overview, Messages.Page_Members, Messages.Page_Measurements,
				Messages.Page_Attendance, Messages.Page_Compliance, Messages.Page_Disbursements, Messages.Page_Referrals,
				Messages.Page_Events };
		for (int i = 0; i < holders.size(); i++) {
			name.accept(add.apply(holders.get(i)), names[i]);
		}
	}

	/** Makes page {@code index} if it is not made yet (before it is shown). */
	public Object ensure(int index) {
		if (made.get(index) == null && makers.get(index) != null) {
			made.set(index, makers.get(index).get());
			holders.get(index).layout(true, true);
		}
		return made.get(index);
	}

	/** The page that shows {@code object}. */
	public static int pageOf(EObject object) {
		return switch (object) {
		case Member m -> MEMBERS;
		case Measurement m -> MEASUREMENTS;
		case Attendance a -> ATTENDANCE;
		case ComplianceRecord c -> COMPLIANCE;
		case Disbursement d -> DISBURSEMENTS;
		case Referral r -> REFERRALS;
		case CaseEvent e -> EVENTS;
		case null, default -> OVERVIEW;
		};
	}

	public OverviewPage overview() {
		return overview;
	}

	public ListPage.Shown members() {
		return (ListPage.Shown) ensure(MEMBERS);
	}

	public MeasurementsPage measurements() {
		return (MeasurementsPage) ensure(MEASUREMENTS);
	}

	public ListPage.Shown attendance() {
		return (ListPage.Shown) ensure(ATTENDANCE);
	}

	public CaseEventsPage events() {
		return (CaseEventsPage) ensure(EVENTS);
	}

	public boolean isDisposed() {
		return overview.control().isDisposed();
	}

	/** Shows {@code message} instead of a household (not found). */
	public void message(String message) {
		overview.message(message);
	}

	public void dispose() {
		overview.dispose();
	}
}
