package org.harapan.ui.cases;

import java.util.Optional;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.store.HouseholdSummary;

/**
 * What a workbench selection says about households: the caseload navigator publishes {@link HouseholdSummary}
 * rows, editors publish the {@link Household} or one of its {@link Member}s.
 *
 * @param kpmId     the selected household
 * @param memberNik the selected member's NIK, or {@code null} when the household as a whole is selected
 */
public record HouseholdSelection(String kpmId, String memberNik) {

	/** The household (and member) of the first element of {@code selection} that names one. */
	public static Optional<HouseholdSelection> of(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return Optional.empty();
		}
		for (Object element : structured.toList()) {
			Optional<HouseholdSelection> found = ofElement(element);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** The household (and member) an element names, if it names one. */
	public static Optional<HouseholdSelection> ofElement(Object element) {
		if (element instanceof HouseholdSummary summary && summary.kpmId() != null) {
			return Optional.of(new HouseholdSelection(summary.kpmId(), null));
		}
		if (element instanceof Household household && household.getKpmId() != null) {
			return Optional.of(new HouseholdSelection(household.getKpmId(), null));
		}
		if (element instanceof Member member && member.eContainer() instanceof Household household
				&& household.getKpmId() != null) {
			return Optional.of(new HouseholdSelection(household.getKpmId(), member.getNik()));
		}
		return Optional.empty();
	}
}
