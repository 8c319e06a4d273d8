-- Issue 3: the push lifecycle. Removed links stay as history, so "one active link per Okta user" excludes them.
drop index link_one_active_per_okta_user;
create unique index link_one_active_per_okta_user on link (okta_user_id) where state not in ('FAILED', 'REMOVED');

-- The echo ledger: what we last commanded RingCentral for this link. commanded_status is the status half
-- (ACTIVE, SUSPENDED, DISABLED, REMOVED); echo_ledger maps RingCentral attribute -> {value, sourceEventId (the
-- command id), at}. A snapshot whose values equal these is our own write coming back, or a replay: no command.
alter table link
    add column last_okta_read_at timestamptz,
    add column commanded_status  text  not null default 'ACTIVE',
    add column echo_ledger       jsonb not null default '{}'::jsonb;

-- The last Okta snapshot applied per Okta user (kept even when the user has no link, so a late, older snapshot of an
-- unassigned user cannot create one). attributes maps RingCentral attribute -> {value, sourceEventId, at}: the
-- snapshot event that brought the value and when it was applied (provenance for the admin view).
create table okta_user_state (
    okta_user_id    text        primary key,
    status          text,
    presence        text        not null,
    last_updated    timestamptz,
    read_at         timestamptz,
    attributes      jsonb       not null,
    source_event_id text        not null,
    applied_at      timestamptz not null
);

-- Okta System Log events (uuid) already applied, per user: Okta redelivers hooks, and one event may concern several
-- users (a group assignment re-lists the app's users). Purged after switchboard.dedupe.retention (8 days; Okta
-- retries for less than that).
create table seen_hook_event (
    event_uuid   text        not null,
    okta_user_id text        not null,
    delivery_id  text,
    seen_at      timestamptz not null,
    primary key (event_uuid, okta_user_id)
);
create index seen_hook_event_by_seen_at on seen_hook_event (seen_at);

-- Every result the writers reported, for the admin view (one row per result event).
create table command_outcome (
    result_event_id    text        primary key,
    command_id         text        not null,
    link_id            uuid        not null,
    action             text        not null,
    outcome            text        not null,
    extension_id       text,
    error_code         text,
    error_message      text,
    applied_attributes jsonb,
    completed_at       timestamptz,
    recorded_at        timestamptz not null
);
create index command_outcome_by_link on command_outcome (link_id, recorded_at desc);

-- The breaker's sliding window: destructive commands that passed it (approved ones do not count).
create table breaker_passed (
    command_id text        primary key,
    link_id    uuid        not null,
    action     text        not null,
    passed_at  timestamptz not null
);
create index breaker_passed_by_time on breaker_passed (passed_at);

-- Destructive commands the breaker held instead of sending, and the operator's decision on each.
create table breaker_decision (
    id                  uuid        primary key,
    link_id             uuid        not null,
    okta_user_id        text        not null,
    extension_id        text,
    action              text        not null,
    command             jsonb       not null,
    correlation_id      text        not null,
    causation_id        text,
    reason              text        not null,
    held_at             timestamptz not null,
    status              text        not null,
    decided_by          text,
    decided_at          timestamptz,
    released_command_id text
);
create index breaker_decision_pending on breaker_decision (held_at) where status = 'PENDING';
create index breaker_decision_by_link on breaker_decision (link_id);
