-- The day is the library's; the instant is kept as the sender wrote it.
--
-- 0002 kept a sender's instant as TIMESTAMPTZ and tied it to the day with a CHECK computed
-- by PostgreSQL's own time-zone data. Some instants the library reads exactly could not be
-- stored that way, and their batch failed whole: more than six fractional digits
-- (PostgreSQL rounds 16:59:59.9999999Z up to 17:00, the next day in Hanoi), offsets beyond
-- PostgreSQL's range (+16:00), and days before 1975, where the library keeps UTC+7 and
-- PostgreSQL's zone data does not. The DATE column (the Vietnam day the library decoded)
-- is the record's day; the instant becomes text, byte for byte what the sender gave, with
-- no CHECK against PostgreSQL's zone data.

ALTER TABLE delegations ADD COLUMN start_given text;
UPDATE delegations SET start_given = to_json(start_at) #>> '{}' WHERE start_at IS NOT NULL;
ALTER TABLE delegations DROP COLUMN start_at;  -- drops the CHECK that compared it with start_day

ALTER TABLE agreements ADD COLUMN signed_given text;
UPDATE agreements SET signed_given = to_json(signed_at) #>> '{}' WHERE signed_at IS NOT NULL;
ALTER TABLE agreements DROP COLUMN signed_at;  -- drops the CHECK that compared it with signed_day

ALTER TABLE consular_cases ADD COLUMN opened_given text;
UPDATE consular_cases SET opened_given = to_json(opened_at) #>> '{}' WHERE opened_at IS NOT NULL;
ALTER TABLE consular_cases DROP COLUMN opened_at;  -- drops the CHECK that compared it with opened_day

ALTER TABLE oda_statuses ADD COLUMN from_given text;
UPDATE oda_statuses SET from_given = to_json(from_at) #>> '{}' WHERE from_at IS NOT NULL;
ALTER TABLE oda_statuses DROP COLUMN from_at;  -- drops the CHECK that compared it with from_day

ALTER TABLE oda_transactions ADD COLUMN value_given text;
UPDATE oda_transactions SET value_given = to_json(value_at) #>> '{}' WHERE value_at IS NOT NULL;
ALTER TABLE oda_transactions DROP COLUMN value_at;  -- drops the CHECK that compared it with value_day

ALTER TABLE ngo_statuses ADD COLUMN from_given text;
UPDATE ngo_statuses SET from_given = to_json(from_at) #>> '{}' WHERE from_at IS NOT NULL;
ALTER TABLE ngo_statuses DROP COLUMN from_at;  -- drops the CHECK that compared it with from_day

ALTER TABLE ngo_disbursements ADD COLUMN value_given text;
UPDATE ngo_disbursements SET value_given = to_json(value_at) #>> '{}' WHERE value_at IS NOT NULL;
ALTER TABLE ngo_disbursements DROP COLUMN value_at;  -- drops the CHECK that compared it with value_day
