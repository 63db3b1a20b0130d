-- harapan:only H2
-- Harapan case store: an index that answers the search keys of a kecamatan's households without reading their rows.
-- A search for the start of a NIK or No. KK with 6 digits or more names a kecamatan (the digits a NIK starts with are
-- the code of the kecamatan it was registered in) and matches thousands of its households; the store counts their keys
-- in the kecamatan to know that no household elsewhere has one (DigitSearchPlanner). H2 keeps a household's row whole,
-- with its serialized household file, so that read went through some 30 MB of pages for a large kecamatan; the index
-- holds only the columns it needs (kecamatan, KPM id, No. KK, search keys), in the order of the table's default sort.
-- (On PostgreSQL the large household file is kept apart from the row (TOAST), and an index entry may not be longer than
-- about 2,700 bytes while the search keys may be 4,000: there the runner records this version without running it.)
CREATE INDEX household_search_region ON household (kecamatan_code, kpm_id, no_kk, search_keys);
