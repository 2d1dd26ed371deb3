CREATE (s:LeadSite {id: $id, name: $name, publicKey: $publicKey, outletId: $outletId, allowedOrigins: $origins,
                    createdAt: datetime()})
RETURN s {.*} AS site
