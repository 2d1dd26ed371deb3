// Contacts and what hangs off them.
CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (c:Contact) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT email_address_normalized IF NOT EXISTS FOR (e:EmailAddress) REQUIRE e.normalized IS UNIQUE;
CREATE CONSTRAINT phone_number_e164 IF NOT EXISTS FOR (p:PhoneNumber) REQUIRE p.e164 IS UNIQUE;
CREATE CONSTRAINT postal_address_id IF NOT EXISTS FOR (a:PostalAddress) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT group_name IF NOT EXISTS FOR (g:Group) REQUIRE g.name IS UNIQUE;
CREATE CONSTRAINT tag_name IF NOT EXISTS FOR (t:Tag) REQUIRE t.name IS UNIQUE;
CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (i:Interaction) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT custom_field_key IF NOT EXISTS FOR (f:CustomFieldDefinition) REQUIRE f.key IS UNIQUE;
CREATE CONSTRAINT contact_type_name IF NOT EXISTS FOR (t:ContactType) REQUIRE t.name IS UNIQUE;
// Keyset pagination: one string key per order, each ending in the id so that keys are unique.
CREATE INDEX contact_name_key IF NOT EXISTS FOR (c:Contact) ON (c.nameKey);
CREATE INDEX contact_created_key IF NOT EXISTS FOR (c:Contact) ON (c.createdKey);
CREATE INDEX contact_contacted_key IF NOT EXISTS FOR (c:Contact) ON (c.contactedKey);
CREATE INDEX contact_status_level IF NOT EXISTS FOR (c:Contact) ON (c.statusLevel);
CREATE INDEX contact_type IF NOT EXISTS FOR (c:Contact) ON (c.contactType);
CREATE INDEX contact_birth_month IF NOT EXISTS FOR (c:Contact) ON (c.birthMonth);
CREATE INDEX postal_address_household IF NOT EXISTS FOR (a:PostalAddress) ON (a.householdKey);
CREATE INDEX interaction_contact_time IF NOT EXISTS FOR (i:Interaction) ON (i.contactId, i.occurredAt);
CREATE FULLTEXT INDEX contact_search IF NOT EXISTS FOR (c:Contact) ON EACH [c.searchText];
// rootline:enterprise-only
CREATE CONSTRAINT contact_id_exists IF NOT EXISTS FOR (c:Contact) REQUIRE c.id IS NOT NULL;
// rootline:enterprise-only
CREATE CONSTRAINT contact_version_type IF NOT EXISTS FOR (c:Contact) REQUIRE c.version IS :: INTEGER;
// The open set of contact types starts with these.
UNWIND ['FSBO', 'EXPIRED', 'PTA', 'SPHERE', 'PAST_CLIENT', 'LEAD'] AS name
MERGE (t:ContactType {name: name})
ON CREATE SET t.seeded = true;
