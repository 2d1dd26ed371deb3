// Agents, referral history and the partner ledger.
CREATE CONSTRAINT agent_id IF NOT EXISTS FOR (a:Agent) REQUIRE a.id IS UNIQUE;
CREATE INDEX agent_name_key IF NOT EXISTS FOR (a:Agent) ON (a.nameKey);
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE;
CREATE INDEX referral_referred_on IF NOT EXISTS FOR ()-[r:REFERRED_BY]-() ON (r.referredOn);
CREATE INDEX referral_out_referred_on IF NOT EXISTS FOR ()-[r:REFERRED_OUT]-() ON (r.referredOn);
// rootline:enterprise-only
CREATE CONSTRAINT agent_kind_exists IF NOT EXISTS FOR (a:Agent) REQUIRE a.kind IS NOT NULL;
