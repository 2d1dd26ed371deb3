CREATE (a:Agent {id: $id, kind: $kind, createdAt: datetime(), version: 1, active: true})
SET a.role = $role, a.name = $name, a.nameKey = $nameKey, a.company = $company, a.email = $email, a.phone = $phone,
    a.timeZone = $timeZone, a.signature = $signature
RETURN a {.*} AS agent
