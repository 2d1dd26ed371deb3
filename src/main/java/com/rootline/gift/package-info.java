/**
 * Gift planning: a budget allocated by referral weight, in tiers, to consumer clients only (RESPA
 * §8 keeps referral partners out), one gift per household. Scores come from each client's referral
 * subtree as of a date; the allocation itself ({@link com.rootline.gift.GiftPlanner}) is pure Java
 * over one read of the forest, so a plan over a million contacts needs two queries. Saved plans are
 * snapshots: {@code (:GiftPlan)-[:HAS_LINE]->(:GiftLine)}, with recipients by id so that erasure
 * and later edits show through the current contact record.
 */
package com.rootline.gift;
