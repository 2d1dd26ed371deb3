// @include task/_matching
RETURN count(t) AS count
