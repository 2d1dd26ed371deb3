CREATE (k:Campaign {id: $id, status: 'DRAFT', createdAt: datetime(), name: $name, templateId: $templateId,
                    segment: $segment, scheduledFor: $scheduledFor, signedById: $signedById, createdBy: $createdBy})
RETURN k {.*} AS campaign
