-- Every dead letter any Switchboard consumer published, kept so operators can list and replay them.
-- event_id is the DeadLetter event's own id: a redelivered dead letter is stored once.
create table dead_letter (
    id            uuid        primary key,
    event_id      text        not null unique,
    consumer      text        not null,
    source_topic  text        not null,
    "partition"   integer     not null,
    "offset"      bigint      not null,
    record_key    text,
    payload       text,
    error_code    text,
    error_message text,
    attempts      integer     not null,
    failed_at     timestamptz not null,
    replayed_at   timestamptz,
    replayed_by   text
);
create index dead_letter_by_failed_at on dead_letter (failed_at desc);
create index dead_letter_by_consumer on dead_letter (consumer, failed_at desc);

-- Who did what through the admin API, written in the same transaction as the change it describes.
create table audit_log (
    id      uuid        primary key,
    at      timestamptz not null,
    actor   text        not null,
    action  text        not null,
    target  text,
    outcome text        not null,
    detail  jsonb
);
create index audit_log_by_at on audit_log (at desc);
