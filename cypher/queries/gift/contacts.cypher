// Every contact as a gift plan sees it, as of a date. Read once per plan that is not for today.
MATCH (c:Contact)
// @include gift/_member
