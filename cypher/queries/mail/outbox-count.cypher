// @include mail/_outbox-filter
RETURN count(m) AS count
