-- What the last completed full import saw, so the next one can tell new, changed, unchanged and gone extensions.
create table known_extension (
    extension_id  varchar(64) primary key,
    content_hash  varchar(64) not null,
    last_seen_run varchar(64) not null,
    last_seen_at  timestamptz not null
);

-- One row per import run: its report, for GET /admin/import/{runId}.
create table import_run (
    run_id      varchar(64) primary key,
    trigger     varchar(32) not null,
    status      varchar(16) not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    report      text        not null
);
create index import_run_started_at on import_run (started_at desc);
