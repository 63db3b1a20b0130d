-- harapan:only POSTGRESQL
-- Harapan case store: row-level security on PostgreSQL, a second wall behind the region scope the store applies in
-- its SQL. (H2 has no row-level security: there the runner records this version without running the statements.)
--
-- The store sets the session's scope in the setting harapan.scope when it opens ('*': every household, the
-- unrestricted sessions of an administrator or a store without users) and when a session is restricted to its
-- user's regions (the region codes, comma-separated: desa, kecamatan, kabupaten or provinsi codes; empty: none).
-- A connection that never set it sees no household, member, growth row or household audit row. FORCE makes the
-- owner of the tables subject to the policies too; only a superuser or a role with BYPASSRLS is not, which is why
-- the workbenches connect with an application role made by 'harapan store grant' (NOBYPASSRLS, data rights only).
-- The wall stops a query of the store that forgets the scope; it cannot stop someone who holds the application
-- role's password and sets harapan.scope themselves (the store's login is checked by the store, not the database).
--
-- A household row is visible, and may be written, when its kabupaten, desa or kecamatan code is one of the scope's
-- codes or its provinsi is; a growth row carries the region columns of its household and is checked the same way.
-- The scalar subqueries are evaluated once per query (init plans), not per row; the kabupaten comes first because
-- a supervisor's queries read many rows. (Written out as comparisons, not as a function or an array overlap, with
-- which PostgreSQL would estimate that few rows pass and choose a full scan and a sort for a caseload page.)
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['household', 'child_growth'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING ((SELECT current_setting(''harapan.scope'', true)) = ''*''
      OR kabupaten_code = ANY ((SELECT string_to_array(current_setting(''harapan.scope'', true), '',''))::TEXT[])
      OR desa_code = ANY ((SELECT string_to_array(current_setting(''harapan.scope'', true), '',''))::TEXT[])
      OR kecamatan_code = ANY ((SELECT string_to_array(current_setting(''harapan.scope'', true), '',''))::TEXT[])
      OR split_part(kabupaten_code, ''.'', 1) = ANY ((SELECT string_to_array(current_setting(''harapan.scope'', true), '',''))::TEXT[]))', t || '_in_scope', t);
  END LOOP;
END
$$;

-- Members (NIK, names, birth dates) have no region columns: visible and writable with their household (the
-- subquery on household is itself subject to household's policy; the store writes a household before its
-- members). The subquery is a correlated scalar one, one primary-key lookup per row read: with EXISTS PostgreSQL
-- may hash every visible household first, even for the first rows of a NIK search.
ALTER TABLE member ENABLE ROW LEVEL SECURITY;
ALTER TABLE member FORCE ROW LEVEL SECURITY;
CREATE POLICY member_of_household_in_scope ON member
  USING ((SELECT current_setting('harapan.scope', true)) = '*'
    OR (SELECT h.kpm_id FROM household h WHERE h.kpm_id = member.kpm_id) IS NOT NULL);

-- Audit rows: anyone may add one (a refusal names a household outside the session's scope); a row about a household
-- is read with that household, one about no household (logins, users) by any session with a scope. No policy
-- allows an update or a delete: the trail cannot be changed, not even by the owner of the table.
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_added ON audit FOR INSERT WITH CHECK (true);
CREATE POLICY audit_read_in_scope ON audit FOR SELECT
  USING ((SELECT current_setting('harapan.scope', true)) = '*'
    OR kpm_id IS NULL AND (SELECT coalesce(current_setting('harapan.scope', true), '')) <> ''
    OR (SELECT h.kpm_id FROM household h WHERE h.kpm_id = audit.kpm_id) IS NOT NULL);

-- What a restricted session may learn about households outside its scope, as before: the desa a KPM id is stored
-- under (a save must not take over another desa's household) and the household that holds a NIK (a NIK belongs to
-- one household). Each sets the scope '*' for its own duration only (a function's SET clause may not name a
-- custom setting unless a superuser made the function).
CREATE FUNCTION harapan_stored_desa(id VARCHAR) RETURNS TABLE (desa_code VARCHAR) LANGUAGE plpgsql AS $$
DECLARE
  scope TEXT := coalesce(current_setting('harapan.scope', true), '');
BEGIN
  PERFORM set_config('harapan.scope', '*', true);
  RETURN QUERY SELECT h.desa_code FROM household h WHERE h.kpm_id = id;
  PERFORM set_config('harapan.scope', scope, true);
END
$$;
CREATE FUNCTION harapan_household_of_nik(nik VARCHAR) RETURNS TABLE (kpm_id VARCHAR) LANGUAGE plpgsql AS $$
DECLARE
  scope TEXT := coalesce(current_setting('harapan.scope', true), '');
BEGIN
  PERFORM set_config('harapan.scope', '*', true);
  RETURN QUERY SELECT m.kpm_id FROM member m WHERE m.nik = harapan_household_of_nik.nik;
  PERFORM set_config('harapan.scope', scope, true);
END
$$;
