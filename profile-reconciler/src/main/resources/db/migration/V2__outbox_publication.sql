-- The relay uses snapshot.mode=no_data: rows committed before its replication slot exists would never be relayed.
-- Creating publication (here) and slot (V3) before the application can write closes that gap; Debezium would create
-- both itself on first start (publication.autocreate.mode=filtered), too late for the first writes.
-- The publication must exist before the slot: pgoutput reads it as of the slot's starting point.
create publication ${outboxPublication} for table public.outbox;
