package com.rootline.facts;

/**
 * A typed change for the facts component: published inside the transaction of every write to a
 * deal (created, moved, closed, lost), so that the facts kept per deal follow it before commit.
 */
public record DealChanged(String dealId) {
}
