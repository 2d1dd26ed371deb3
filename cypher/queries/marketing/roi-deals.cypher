// ROI facts: each deal closed in the window, credited once to one outlet. Candidates are the
// outlets at the top of a party's chain of origins ($maxHops 1 = the direct origin only, SOURCE;
// 20 = the whole chain, REFERRAL_CHAIN); the nearest wins, then the earliest lead, then the id.
MATCH (d:Deal)
WHERE d.stage = 'CLOSED' AND d.closedOn >= $from AND d.closedOn <= $to
MATCH (d)<-[:PARTY_TO]-(:Contact)-[chain:REFERRED_BY]->{1,20}(o:MediaOutlet)
WHERE size(chain) <= $maxHops
WITH d, o, size(chain) - 1 AS depth, last(chain).referredOn AS leadOn
ORDER BY depth, leadOn, o.id
WITH d, head(collect({outletId: o.id, depth: depth})) AS credit
RETURN d.id AS dealId, d.closedOn AS on, d.revenueMinor AS amountMinor, credit.outletId AS outletId,
       credit.depth AS depth
