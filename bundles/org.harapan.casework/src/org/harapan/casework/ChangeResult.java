package org.harapan.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.casework.internal.Texts;

/**
 * What a change or save of one household did.
 *
 * @param kpmId      the household
 * @param outcome    what happened
 * @param version    the stored version after it (for a conflict: the version someone else stored; 0 when none)
 * @param diagnostic the validation result: for {@link Outcome#INVALID} its error children carry the object at
 *                   fault as {@code data[0]} and the feature as {@code data[1]} where known; OK otherwise
 * @param changedBy  for a {@link Outcome#CONFLICT}: who saved the stored version, else {@code null}
 * @param changedAt  for a {@link Outcome#CONFLICT}: when, else {@code null}
 * @param refusal    for a {@link Outcome#REFUSED}: why, else {@code null}
 */
public record ChangeResult(String kpmId, Outcome outcome, long version, Diagnostic diagnostic, String changedBy,
		Instant changedAt, Refusal refusal) {

	/** What happened to the household. */
	public enum Outcome {
		/** Stored with a new version (created or changed). */
		SAVED,
		/** Nothing to store: the household is as stored. */
		UNCHANGED,
		/** Refused: someone else saved the household after it was loaded. Nothing merged. */
		CONFLICT,
		/** Refused: the household breaks validation rules (see the diagnostic). Nothing saved. */
		INVALID,
		/** No household with that KPM id is stored. */
		NOT_FOUND,
		/** Refused: the session's user may not change this household (its region, their role). Nothing saved. */
		REFUSED
	}

	public static ChangeResult saved(String kpmId, long version) {
		return new ChangeResult(kpmId, Outcome.SAVED, version, Diagnostic.OK_INSTANCE, null, null, null);
	}

	public static ChangeResult unchanged(String kpmId, long version) {
		return new ChangeResult(kpmId, Outcome.UNCHANGED, version, Diagnostic.OK_INSTANCE, null, null, null);
	}

	public static ChangeResult conflict(String kpmId, long storedVersion, String changedBy, Instant changedAt) {
		return new ChangeResult(kpmId, Outcome.CONFLICT, storedVersion, Diagnostic.OK_INSTANCE, changedBy, changedAt, null);
	}

	public static ChangeResult invalid(String kpmId, long version, Diagnostic diagnostic) {
		return new ChangeResult(kpmId, Outcome.INVALID, version, diagnostic, null, null, null);
	}

	/** Refused for {@code refusal}; the diagnostic has one error (in the platform's language) about the household. */
	public static ChangeResult refused(String kpmId, long version, Object household, Refusal refusal) {
		return new ChangeResult(kpmId, Outcome.REFUSED, version,
				error(SOURCE, refusal.message(), household, null), null, null, refusal);
	}

	/** The diagnostic source of refusals. */
	public static final String SOURCE = "org.harapan.casework"; //$NON-NLS-1$

	public static ChangeResult notFound(String kpmId) {
		return new ChangeResult(kpmId, Outcome.NOT_FOUND, 0, Diagnostic.OK_INSTANCE, null, null, null);
	}

	/** Whether the household is stored as asked ({@link Outcome#SAVED} or {@link Outcome#UNCHANGED}). */
	public boolean isStored() {
		return outcome == Outcome.SAVED || outcome == Outcome.UNCHANGED;
	}

	/** The error diagnostics (leaves) of an invalid result, each about one object and field. */
	public List<Diagnostic> errors() {
		List<Diagnostic> result = new ArrayList<>();
		collect(diagnostic, result);
		return result;
	}

	private static void collect(Diagnostic d, List<Diagnostic> result) {
		if (d == null || d.getSeverity() < Diagnostic.ERROR) {
			return;
		}
		if (d.getChildren().isEmpty()) {
			result.add(d);
		}
		d.getChildren().forEach(child -> collect(child, result));
	}

	/**
	 * One sentence for the user in {@code language} ({@code en} or {@code id}; others fall back to English), e.g.
	 * "Household KPM-1 was changed by ani at … (version 3); reload it and make your change again." For an invalid
	 * household the validation messages follow (as the model's validation wrote them).
	 */
	public String message(String language) {
		Texts texts = Texts.of(language);
		return switch (outcome) {
		case SAVED -> texts.bind("changeSaved", kpmId, version); //$NON-NLS-1$
		case UNCHANGED -> texts.bind("changeUnchanged", kpmId, version); //$NON-NLS-1$
		case CONFLICT -> texts.bind("changeConflict", kpmId, changedBy, changedAt, version); //$NON-NLS-1$
		case NOT_FOUND -> texts.bind("changeNotFound", kpmId); //$NON-NLS-1$
		case REFUSED -> refusal.message(language);
		case INVALID -> texts.bind("changeInvalid", kpmId, //$NON-NLS-1$
				String.join("; ", errors().stream().map(Diagnostic::getMessage).toList())); //$NON-NLS-1$
		};
	}

	/** A diagnostic with one error about {@code subject} (and {@code feature}, may be {@code null}). */
	public static Diagnostic error(String source, String message, Object subject, Object feature) {
		Object[] data = feature == null ? new Object[] { subject } : new Object[] { subject, feature };
		BasicDiagnostic root = new BasicDiagnostic(source, 0, message, data);
		root.add(new BasicDiagnostic(Diagnostic.ERROR, source, 0, message, data));
		return root;
	}
}
