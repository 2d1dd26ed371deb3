// Level counters: every party keeps levelCounts, the number of its current descendants at levels
// 1..20 (index 0 = level 1), so today's descendant and per-level counts are one property read,
// and descendants, their sum.
// This adds ($sign = 1) or removes ($sign = -1) a contact's whole subtree from the counters of its
// current ancestors: a writer removes it before an origin changes and adds it after, under the tree
// locks (see facts/TreeLocks), so the counters follow every move without recounting anything.
// The subtree's profile is the contact itself (level 0) then its own counters.
MATCH (c:Contact {id: $contactId})
// @include facts/_shift-level-counts
