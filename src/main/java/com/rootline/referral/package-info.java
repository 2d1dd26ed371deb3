/**
 * The referral forest: one origin per contact, trees, ancestry, statistics, the leaderboard, the
 * partner ledger and merging duplicates.
 * <p>
 * Graph shape: a contact's current origin is {@code (:Contact)-[:REFERRED_BY]->(referrer)}, the
 * referrer being a contact or a partner {@code :Agent}; ended origins become
 * {@code -[:FORMERLY_REFERRED_BY {validFrom, validTo}]->}, so that as-of queries see the tree of
 * any date while current-tree queries follow REFERRED_BY alone. Clients we send to partners are
 * {@code (:Contact)-[:REFERRED_OUT]->(:Agent)}. Trees are never mapped as entity relationships:
 * every tree comes from one Cypher query.
 */
package com.rootline.referral;
