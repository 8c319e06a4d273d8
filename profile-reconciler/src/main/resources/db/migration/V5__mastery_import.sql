-- Issue 4: attribute-level mastery, import of RingCentral users and profile updates, the Okta-side echo ledger.

-- One master per RingCentral attribute (the primary key makes it exactly one). okta_attribute: where the value lives
-- in Okta (user profile attribute, or app-user attribute for RingCentral-only fields). An attribute without a row is
-- Okta-mastered.
create table mastery (
    attribute      text        primary key,
    master         text        not null check (master in ('okta', 'ringcentral')),
    okta_attribute text,
    updated_by     text        not null,
    updated_at     timestamptz not null
);
insert into mastery (attribute, master, okta_attribute, updated_by, updated_at) values
    ('contact.firstName',     'okta',        'firstName',       'migration', now()),
    ('contact.lastName',      'okta',        'lastName',        'migration', now()),
    ('contact.email',         'okta',        'email',           'migration', now()),
    ('contact.jobTitle',      'okta',        'title',           'migration', now()),
    ('contact.department',    'okta',        'department',      'migration', now()),
    ('contact.mobilePhone',   'okta',        'mobilePhone',     'migration', now()),
    ('contact.businessPhone', 'okta',        'primaryPhone',    'migration', now()),
    ('extensionNumber',       'ringcentral', 'extensionNumber', 'migration', now());

-- Settings of the mastery policy; 'profile-master' = okta | ringcentral (ringcentral: every attribute and the
-- lifecycle flow from RingCentral).
create table mastery_setting (
    name       text        primary key,
    value      text        not null,
    updated_by text        not null,
    updated_at timestamptz not null
);
insert into mastery_setting (name, value, updated_by, updated_at) values ('profile-master', 'okta', 'migration', now());

-- Matching keys of known Okta users (normalised: trimmed, lower-case).
alter table okta_user_state
    add column email text,
    add column login text;
create index okta_user_state_by_email on okta_user_state (email);
create index okta_user_state_by_login on okta_user_state (login);

-- The Okta-side echo ledger: RingCentral attribute -> {value, sourceEventId (the Okta command id), at} of what we
-- commanded Okta, and the Okta status we commanded (ACTIVE, SUSPENDED, DEACTIVATED). awaiting_assignment: linked by
-- import while the Okta user is not assigned to the app yet; push does not read "not assigned" as "remove".
alter table link
    add column okta_echo_ledger      jsonb   not null default '{}'::jsonb,
    add column okta_commanded_status text,
    add column awaiting_assignment   boolean not null default false;
create index link_by_extension on link (extension_id) where state not in ('FAILED', 'REMOVED');

-- The last RingCentral snapshot applied per extension (provenance of RingCentral-side values).
create table ringcentral_extension_state (
    extension_id    text        primary key,
    type            text,
    status          text,
    removed         boolean     not null,
    attributes      jsonb       not null,
    source          text,
    read_at         timestamptz,
    source_event_id text        not null,
    applied_at      timestamptz not null
);

-- Import New Users: an unlinked RingCentral user and how it matched Okta users.
create table rc_app_user (
    extension_id text        primary key,
    email        text,
    login        text,
    match_status text        not null,
    candidates   jsonb       not null default '{}'::jsonb,
    reason       text,
    okta_user_id text,
    link_id      uuid,
    decided_by   text,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index rc_app_user_by_status on rc_app_user (match_status, updated_at desc);

-- Import User Schema: the attributes RingCentral offers; pushed_at = added to the Okta app-user schema.
create table rc_schema_attribute (
    name            text        primary key,
    display_name    text,
    custom          boolean     not null,
    custom_field_id text,
    account_id      text,
    discovered_at   timestamptz not null,
    pushed_at       timestamptz
);
