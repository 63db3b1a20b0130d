-- Harapan case store, schema version 2: indexed case-work conditions of a household for the caseload filters,
-- computed from the household file at each save. Rows stored before this version get them at the first open
-- (the store re-indexes households whose pregnant column is null).
ALTER TABLE household ADD COLUMN pregnant BOOLEAN;
ALTER TABLE household ADD COLUMN sanctioned BOOLEAN;
ALTER TABLE household ADD COLUMN referral_open BOOLEAN;
ALTER TABLE household ADD COLUMN last_verified VARCHAR(7);
