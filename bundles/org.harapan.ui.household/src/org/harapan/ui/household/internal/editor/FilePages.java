package org.harapan.ui.household.internal.editor;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.harapan.model.Attendance;
import org.harapan.model.CaseEvent;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.Disbursement;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.Referral;

/** The pages of the household file, in order: overview, members, measurements, attendance, …, case events. */
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
	private final ListPage.Shown members;
	private final MeasurementsPage measurements;
	private final List<ListPage.Shown> records;

	public FilePages(Composite container, FileContext file) {
		overview = new OverviewPage(container, file);
		members = RecordPages.MEMBERS.create(container, file, h -> h, Messages.Page_AddMember);
		measurements = new MeasurementsPage(container, file);
		records = List.of(RecordPages.ATTENDANCE.create(container, file, h -> h, Messages.Page_AddAttendance),
				RecordPages.COMPLIANCE.create(container, file, h -> h, Messages.Page_AddCompliance),
				RecordPages.DISBURSEMENTS.create(container, file, h -> h, null),
				RecordPages.REFERRALS.create(container, file, h -> h, Messages.Page_AddReferral),
				RecordPages.EVENTS.create(container, file, h -> h, null));
	}

	/** Adds the pages to the editor with {@code add} (giving the page index) and names them. */
	public void addTo(Function<Control, Integer> add, BiConsumer<Integer, String> name) {
		name.accept(add.apply(overview.control()), Messages.Page_Overview);
		name.accept(add.apply(members.control()), Messages.Page_Members);
		name.accept(add.apply(measurements.control()), Messages.Page_Measurements);
		String[] names = { Messages.Page_Attendance, Messages.Page_Compliance, Messages.Page_Disbursements,
				Messages.Page_Referrals, Messages.Page_Events };
		for (int i = 0; i < records.size(); i++) {
			name.accept(add.apply(records.get(i).control()), names[i]);
		}
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
		return members;
	}

	public MeasurementsPage measurements() {
		return measurements;
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
