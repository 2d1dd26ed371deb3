// The per-day facts as they are now, and as the rebuild kept them before it began.
// @include facts/_day-facts
MATCH (j:FactsRebuild {id: $id})
RETURN touchDays, roiDays, dealDays, mix, funnel, book, activity, coalesce(j.touchDaysBefore, []) AS touchDaysBefore,
       coalesce(j.roiDaysBefore, []) AS roiDaysBefore, coalesce(j.dealDaysBefore, []) AS dealDaysBefore,
       coalesce(j.mixBefore, []) AS mixBefore, coalesce(j.funnelBefore, []) AS funnelBefore, coalesce(j.bookBefore, []) AS bookBefore, coalesce(j.activityBefore, []) AS activityBefore
