package org.harapan.store;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/** What a save did: saved, refused because someone else saved first, or refused as invalid. */
public sealed interface SaveResult {

	/** The diagnostic source of problems the store itself finds (a NIK taken meanwhile, a duplicate). */
	String DIAGNOSTIC_SOURCE = "org.harapan.store"; //$NON-NLS-1$

	String kpmId();

	/** The household was stored with {@code version}. */
	record Saved(String kpmId, long version) implements SaveResult {
		@Override
		public String message() {
			return kpmId + ": saved, version " + version; //$NON-NLS-1$
		}
	}

	/**
	 * Refused: the stored household is at {@code storedVersion}, changed by {@code changedBy} at
	 * {@code changedAt}, while the save was made from {@code expectedVersion}.
	 */
	record Conflict(String kpmId, long expectedVersion, long storedVersion, String changedBy, Instant changedAt)
			implements SaveResult {
		@Override
		public String message() {
			return "Household " + kpmId + " was changed by " + changedBy + " at " + changedAt //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " (version " + storedVersion + ") after you loaded version " + expectedVersion //$NON-NLS-1$ //$NON-NLS-2$
					+ "; reload it and make your change again."; //$NON-NLS-1$
		}
	}

	/**
	 * Refused: the household breaks these validation rules. {@code diagnostic} is the validation result whose
	 * children carry the object (and feature) at fault as data; {@code problems} are their messages.
	 */
	record Invalid(String kpmId, List<String> problems, Diagnostic diagnostic) implements SaveResult {

		public Invalid {
			problems = List.copyOf(problems);
		}

		/** Problems without a validation diagnostic: one error per problem, about {@code subject}. */
		public static Invalid of(String kpmId, Object subject, List<String> problems) {
			BasicDiagnostic d = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0, kpmId, new Object[] { subject });
			for (String p : problems) {
				d.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, 0, p, new Object[] { subject }));
			}
			return new Invalid(kpmId, problems, d);
		}

		@Override
		public String message() {
			return kpmId + ": " + String.join("; ", problems); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** One line in English naming the household (for logs and the command line). */
	String message();

	default boolean isSaved() {
		return this instanceof Saved;
	}
}
