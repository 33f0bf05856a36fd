-- A withdrawn circular's document number (文号) may be reused by its replacement: the number is unique per year
-- among circulars that are not withdrawn only.
ALTER TABLE circular DROP CONSTRAINT circular_number_unique_per_year;
CREATE UNIQUE INDEX circular_number_unique_per_year ON circular (doc_year, doc_number) WHERE status <> 'WITHDRAWN';
