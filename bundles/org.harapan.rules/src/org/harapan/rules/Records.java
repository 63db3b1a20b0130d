package org.harapan.rules;

import org.eclipse.emf.ecore.EObject;
import org.harapan.model.Attendance;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.Referral;

/** Names a record of the household file so that a case worker can find it. */
public final class Records {

	private Records() {
	}

	/** E.g. {@code member 6401054506150001 (Siti)}, {@code measurement 2024-03-05 of member ...}. */
	public static String describe(EObject record) {
		if (record == null) {
			return ""; //$NON-NLS-1$
		}
		if (record instanceof Member m) {
			return "member " + m.getNik() + " (" + m.getName() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (record instanceof Household h) {
			return "KPM " + h.getKpmId(); //$NON-NLS-1$
		}
		if (record instanceof Measurement ms) {
			return "measurement " + ms.getDate() + " of " + describe(ms.getMember()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (record instanceof ComplianceRecord c) {
			return "compliance record " + c.getMonth() + " " + c.getConditionality().getLiteral() //$NON-NLS-1$ //$NON-NLS-2$
					+ (c.getMember() == null ? "" : " of " + describe(c.getMember())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (record instanceof Attendance a) {
			return "P2K2 attendance " + a.getSessionDate() + " session " + a.getSessionNumber(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (record instanceof Referral r) {
			return "referral " + r.getService().getLiteral() + " of " + r.getReferredDate(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return record.eClass().getName();
	}
}
