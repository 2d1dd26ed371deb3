// Locks the bound deals d, in id order, before their counted keys are read: two transactions that
// count one deal at once (one wrote it, or each moved one of its clients in a different tree) would
// both uncount the keys they read, and one of them would count twice. Under the lock the second reads
// the keys the first left. Setting and removing a property takes the lock and leaves nothing.
WITH DISTINCT d
ORDER BY d.id
SET d.counting = true
REMOVE d.counting
WITH d
