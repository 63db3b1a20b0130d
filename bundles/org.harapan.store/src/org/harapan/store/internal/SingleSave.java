package org.harapan.store.internal;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.model.Household;
import org.harapan.model.validation.HouseholdValidation;
import org.harapan.store.RegionScope;
import org.harapan.store.SaveResult;

/**
 * Writes one checked household in one transaction of its store ({@link JdbcCaseStore#save}): inserted at version 1,
 * or updated when its version is still the one it was read at; a refused update is explained by {@link RefusedSave}.
 */
final class SingleSave {

	private SingleSave() {
	}

	/**
	 * Why {@code household} may not be saved by {@code store}: outside the session's regions, or invalid (its NIKs
	 * checked against the other households of the store); null when it may.
	 */
	static SaveResult.Invalid check(JdbcCaseStore store, Household household) {
		String kpmId = household.getKpmId();
		RegionScope scope = store.queries().scope();
		if (!scope.isAll() && (!scope.contains(household.getDesaCode())
				|| !store.storedDesa(kpmId).map(scope::contains).orElse(true))) {
			return SaveResult.Invalid.of(kpmId, household,
					List.of("The household is outside the regions of this session (" + scope + ")")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Diagnostic diagnostic = HouseholdValidation.validate(household,
				HouseholdValidation.context(nik -> store.run(() -> store.queries().householdOfNik(nik)), store.clock()));
		List<String> problems = BatchPreparer.problems(diagnostic);
		return problems.isEmpty() ? null : new SaveResult.Invalid(kpmId, problems, diagnostic);
	}

	/** Writes {@code household} and commits; a failure is thrown for the store to roll back and explain. */
	static SaveResult write(JdbcCaseStore store, Household household, String user, String change)
			throws SQLException {
		String kpmId = household.getKpmId();
		Rows rows = Rows.of(household, store.indexer(), store.today());
		OffsetDateTime at = store.now();
		long expected = household.getVersion();
		RowWriter writer = store.writer();
		long version;
		if (expected == 0) {
			writer.insert(rows, user, at);
			version = 1;
		} else if (writer.update(rows, expected, user, at)) {
			version = expected + 1;
		} else {
			store.connection().rollback();
			return store.refused().notUpdated(household, rows, user, change);
		}
		writer.audit(kpmId, version, user, at, change);
		writer.flush();
		store.commitWrites();
		household.setVersion(version);
		return new SaveResult.Saved(kpmId, version);
	}
}
