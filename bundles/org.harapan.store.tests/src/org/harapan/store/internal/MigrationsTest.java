package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the migration runner reads its scripts: statements, function bodies, scripts of one database. */
class MigrationsTest {

	private static final String SCRIPT = Migrations.ONLY + "POSTGRESQL\n-- a comment\n" //$NON-NLS-1$
			+ "CREATE TABLE t (c ${bytes});\n" //$NON-NLS-1$
			+ "CREATE FUNCTION f() RETURNS INTEGER LANGUAGE plpgsql AS $$\nBEGIN\n  -- kept\n  PERFORM 1;\n\n  RETURN 2;\nEND\n$$;\n" //$NON-NLS-1$
			+ "ALTER TABLE t\n  ADD COLUMN d INTEGER;\n"; //$NON-NLS-1$

	@Test
	void aFunctionBodyIsOneStatementWithItsSemicolons() {
		List<String> statements = Migrations.statements(SCRIPT, Dialect.POSTGRESQL);
		assertEquals(3, statements.size(), statements::toString);
		assertEquals("CREATE TABLE t (c BYTEA)", statements.get(0)); //$NON-NLS-1$
		assertTrue(statements.get(1).contains("PERFORM 1;\n\n  RETURN 2;\nEND\n$$"), statements.get(1)); //$NON-NLS-1$
		assertTrue(statements.get(1).contains("-- kept"), "comments inside a body stay"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("ALTER TABLE t\n  ADD COLUMN d INTEGER", statements.get(2)); //$NON-NLS-1$
	}

	@Test
	void aScriptOfOneDatabaseRunsOnlyThere() {
		assertTrue(Migrations.appliesTo(SCRIPT, Dialect.POSTGRESQL));
		assertFalse(Migrations.appliesTo(SCRIPT, Dialect.H2));
		assertTrue(Migrations.appliesTo("CREATE TABLE t (c INTEGER);", Dialect.H2)); //$NON-NLS-1$
		assertTrue(Migrations.appliesTo("-- harapan:only H2\nCREATE INDEX i ON t (c);", Dialect.H2)); //$NON-NLS-1$
		assertFalse(Migrations.appliesTo("-- harapan:only H2\nCREATE INDEX i ON t (c);", Dialect.POSTGRESQL)); //$NON-NLS-1$
		assertEquals(Migrations.versionOf("search_region_index"), Migrations.CURRENT); //$NON-NLS-1$
	}
}
