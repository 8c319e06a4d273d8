-- Commands okta-writer executed, so that a redelivered or replayed command id is answered DUPLICATE instead of being
-- executed again. Only commands that reached their effect are recorded: a FAILED one stays replayable.
CREATE TABLE command_ledger (
    command_id   text        PRIMARY KEY,
    link_id      text        NOT NULL,
    action       text        NOT NULL,
    outcome      text        NOT NULL,
    okta_user_id text,
    -- the ProvisioningResult as published, to answer a duplicate with the same Okta user id and attributes
    result_json  jsonb       NOT NULL,
    executed_at  timestamptz NOT NULL
);

-- the purge deletes by age
CREATE INDEX command_ledger_executed_at ON command_ledger (executed_at);
