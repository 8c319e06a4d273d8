-- One row per link between an Okta user and a RingCentral extension.
create table link (
    id                uuid        primary key,
    okta_user_id      text        not null,
    extension_id      text,
    state             text        not null,
    failure_reason    text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    -- Okta's lastUpdated of the last snapshot applied to the link; older snapshots are stale
    last_okta_updated timestamptz
);

-- At most one active link per Okta user: the database settles a race the reconciler's checks might miss.
create unique index link_one_active_per_okta_user on link (okta_user_id) where state <> 'FAILED';
create index link_by_okta_user on link (okta_user_id, created_at desc);

-- Debezium outbox EventRouter convention: aggregatetype = target topic, aggregateid = record key.
-- Rows are inserted and deleted in the same transaction; Debezium reads the insert from the WAL.
create table outbox (
    id            uuid        primary key,
    aggregatetype text        not null,
    aggregateid   text        not null,
    type          text        not null,
    payload       text        not null,
    created_at    timestamptz not null
);

-- Idempotent consumer: written in the same transaction as the business change it caused.
create table processed_event (
    event_id     text        primary key,
    consumer     text        not null,
    processed_at timestamptz not null
);
