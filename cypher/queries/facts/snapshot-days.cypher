// Keeps the per-day facts as they are before a rebuild on the rebuild's own node.
// @include facts/_day-facts
MATCH (j:FactsRebuild {id: $id})
SET j.touchDaysBefore = touchDays, j.roiDaysBefore = roiDays, j.dealDaysBefore = dealDays, j.mixBefore = mix, j.funnelBefore = funnel, j.bookBefore = book, j.activityBefore = activity
