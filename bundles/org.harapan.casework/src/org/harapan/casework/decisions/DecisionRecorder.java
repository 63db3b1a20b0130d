package org.harapan.casework.decisions;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.Disbursement;
import org.harapan.model.DisbursementStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.Referral;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralService;
import org.harapan.model.ReferralState;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Fact;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;

/**
 * Writes an evaluation's decisions into the household file: a decision case event per decision (its explanation in
 * both languages, the rule set, version and rule, the facts), the tahap's disbursement, and an open referral per
 * referral or aid finding. Applying the same evaluation twice changes nothing.
 */
public final class DecisionRecorder {

	/** The kinds written as case events (component and monthly compliance details stay in the evaluation). */
	static final Set<FindingKind> RECORDED = EnumSet.of(FindingKind.BENEFIT, FindingKind.SANCTION, FindingKind.AID,
			FindingKind.REFERRAL, FindingKind.GRADUATION, FindingKind.CONFLICT, FindingKind.ERROR);

	private static final HarapanFactory F = HarapanFactory.eINSTANCE;

	private DecisionRecorder() {
	}

	/** Records {@code e} in {@code h} (a change for the casework); {@code true} when something was added. */
	public static boolean record(Household h, Evaluation e, String user, Instant now) {
		boolean changed = false;
		for (Finding f : e.findings()) {
			if (!RECORDED.contains(f.kind())) {
				continue;
			}
			changed |= event(h, f, e, user, now);
			if (f.kind() == FindingKind.BENEFIT) {
				changed |= disbursement(h, f, e);
			}
			if ((f.kind() == FindingKind.REFERRAL || f.kind() == FindingKind.AID) && !"ended".equals(f.outcome())) { //$NON-NLS-1$
				changed |= referral(h, f, e);
			}
		}
		return changed;
	}

	private static boolean event(Household h, Finding f, Evaluation e, String user, Instant now) {
		String source = f.explanation().source() + " (" + e.period() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		String text = f.text().id();
		for (CaseEvent old : h.getEvents()) {
			if (old.getKind() == CaseEventKind.DECISION && source.equals(old.getSource()) && text.equals(old.getText())) {
				return false;
			}
		}
		CaseEvent ev = F.createCaseEvent();
		ev.setKind(CaseEventKind.DECISION);
		ev.setWhen(now);
		ev.setWho(user);
		ev.setText(text);
		ev.setTextEn(f.text().en());
		ev.setSource(source);
		StringBuilder facts = new StringBuilder();
		for (Fact fact : f.explanation().facts()) {
			facts.append(fact).append('\n');
		}
		ev.setFacts(facts.toString().strip());
		h.getEvents().add(ev);
		return true;
	}

	private static boolean disbursement(Household h, Finding f, Evaluation e) {
		long amount = f.amountRp() == null ? 0 : f.amountRp();
		DisbursementStatus status = switch (f.outcome()) {
		case "paid" -> DisbursementStatus.PLANNED; //$NON-NLS-1$
		case "cut" -> DisbursementStatus.REDUCED; //$NON-NLS-1$
		case "suspended" -> DisbursementStatus.WITHHELD; //$NON-NLS-1$
		case "cancelled" -> DisbursementStatus.CANCELLED; //$NON-NLS-1$
		default -> null; // graduated or no component: nothing to pay, no disbursement
		};
		if (status == null) {
			return false;
		}
		for (Disbursement d : h.getDisbursements()) {
			if (d.getYear() == e.period().year() && d.getTahap() == e.period().tahap()) {
				if (d.getStatus() == DisbursementStatus.PAID || d.getAmountRp() == amount && d.getStatus() == status) {
					return false; // already paid, or already recorded
				}
				d.setAmountRp(amount);
				d.setStatus(status);
				return true;
			}
		}
		Disbursement d = F.createDisbursement();
		d.setYear(e.period().year());
		d.setTahap(e.period().tahap());
		d.setAmountRp(amount);
		d.setStatus(status);
		h.getDisbursements().add(d);
		return true;
	}

	private static boolean referral(Household h, Finding f, Evaluation e) {
		ReferralService service = service(f.subject());
		for (Referral r : h.getReferrals()) {
			if (r.getService() == service && r.getMember() == f.member()
					&& (r.getState() == ReferralState.OPEN || r.getState() == ReferralState.ACCEPTED)) {
				return false; // already open
			}
		}
		Referral r = F.createReferral();
		r.setService(service);
		r.setMember(f.member());
		r.setReferredDate(e.date());
		r.setState(ReferralState.OPEN);
		r.setOutcome(ReferralOutcome.PENDING);
		r.setSource(f.explanation().source());
		r.setNote(f.text().id());
		h.getReferrals().add(r);
		return true;
	}

	static ReferralService service(String subject) {
		String s = subject == null ? "" : subject.toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
		if (s.contains("pmt")) { //$NON-NLS-1$
			return ReferralService.PMT_LOKAL;
		}
		if (s.contains("food")) { //$NON-NLS-1$
			return ReferralService.FOOD_AID;
		}
		if (s.contains("puskesmas")) { //$NON-NLS-1$
			return ReferralService.PUSKESMAS;
		}
		if (s.contains("sponsor")) { //$NON-NLS-1$
			return ReferralService.SPONSOR;
		}
		return ReferralService.OTHER;
	}
}
