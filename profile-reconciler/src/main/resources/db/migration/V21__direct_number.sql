-- The direct number: read-only in RingCentral (assigned in its phone-number inventory), so RingCentral masters it
-- and it lands in the Okta app-user profile as directNumber, as Okta's own RingCentral app names it.
insert into mastery (attribute, master, okta_attribute, updated_by, updated_at)
values ('directNumber', 'ringcentral', 'directNumber', 'migration', now())
on conflict (attribute) do nothing;

-- Import User Schema: whether RingCentral only lets the attribute be read.
alter table rc_schema_attribute add column read_only boolean not null default false;
