-- Its own migration, hence its own transaction: PostgreSQL refuses a logical slot in a transaction that has
-- written, and the slot must start after the publication (V2) is committed. A no-op when the slot exists.
select pg_create_logical_replication_slot('${outboxSlot}', 'pgoutput')
where not exists (select 1 from pg_replication_slots where slot_name = '${outboxSlot}');
