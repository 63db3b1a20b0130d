-- Harapan case store: the search keys of a household for the caseload's search as you type (V3__search_index.sql in the perf branch).
-- search_keys holds ' ' + the No. KK and every member's NIK, each preceded by a space, so that the start of any of
-- them is one condition on the household row (search_keys LIKE '% 640108%'), checked while the household rows are
-- read in the order of the table (by KPM id, or through the region and name indexes), with no subquery per
-- household. Selective digit searches still go through the member NIK and No. KK indexes first. Rows stored before
-- this version get their keys at the first open (the store re-indexes households whose search_keys is null).
ALTER TABLE household ADD COLUMN search_keys VARCHAR(4000);
