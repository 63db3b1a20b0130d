package org.harapan.casework.decisions;

import java.time.LocalDate;

import org.harapan.model.Referral;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralState;

/**
 * Following a referral up: open → accepted or rejected; accepted (or open) → done with an outcome. A step that the
 * referral's state does not allow is refused.
 */
public final class ReferralFollowUp {

	private ReferralFollowUp() {
	}

	/** Whether a referral in state {@code from} may move to {@code to}. */
	public static boolean allowed(ReferralState from, ReferralState to) {
		return switch (from) {
		case OPEN -> to == ReferralState.ACCEPTED || to == ReferralState.REJECTED || to == ReferralState.DONE;
		case ACCEPTED -> to == ReferralState.DONE;
		case REJECTED, DONE -> false;
		};
	}

	/**
	 * Moves the referral on; {@code outcome} is required for {@link ReferralState#DONE}.
	 *
	 * @return {@code false} (nothing changed) when the step is not allowed
	 */
	public static boolean move(Referral r, ReferralState to, ReferralOutcome outcome, LocalDate on) {
		if (!allowed(r.getState(), to) || to == ReferralState.DONE && (outcome == null
				|| outcome == ReferralOutcome.PENDING)) {
			return false;
		}
		r.setState(to);
		switch (to) {
		case ACCEPTED -> r.setStartedDate(on);
		case REJECTED -> {
			r.setEndedDate(on);
			r.setOutcome(ReferralOutcome.DECLINED);
		}
		case DONE -> {
			r.setEndedDate(on);
			r.setOutcome(outcome);
		}
		default -> {
			// open is only a start state
		}
		}
		return true;
	}
}
