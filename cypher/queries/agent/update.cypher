// The SET before the version check takes the node's write lock first (see contact/lock.cypher).
MATCH (a:Agent {id: $id})
SET a.lockedBy = $txId
WITH a, a.version AS version
CALL (a, version) {
  WITH a WHERE version = $expectedVersion
  SET a.role = $role, a.name = $name, a.nameKey = $nameKey, a.company = $company, a.email = $email, a.phone = $phone,
      a.timeZone = $timeZone, a.signature = $signature,
      a.active = $active, a.version = version + 1, a.updatedAt = datetime()
}
REMOVE a.lockedBy
RETURN version AS previousVersion, a {.*} AS agent
