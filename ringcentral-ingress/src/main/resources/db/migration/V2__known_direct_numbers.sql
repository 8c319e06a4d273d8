-- The direct number's digest apart from content_hash: a run that does not read direct numbers leaves it as it was,
-- so switching switchboard.import.direct-numbers off does not make every user look changed. Null: never read.
alter table known_extension add column direct_number_hash varchar(64);
