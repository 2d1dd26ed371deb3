package com.rootline.facts;

/**
 * A typed change for the facts component: published inside the transaction of every write to a
 * deal (created, moved, closed, lost: {@link Change#WRITTEN}), and for every deal of a subtree
 * whose place in its tree moved ({@link Change#CLIENT_MOVED}: the deal itself is as it was, what
 * its client counts for is not), so that the facts kept per deal follow it before commit.
 */
public record DealChanged(String dealId, Change change) {

	/** How the deal changed; each fact listens to the changes it depends on. */
	public enum Change {

		WRITTEN, CLIENT_MOVED

	}

	public static DealChanged written(String dealId) {
		return new DealChanged(dealId, Change.WRITTEN);
	}

	public static DealChanged clientMoved(String dealId) {
		return new DealChanged(dealId, Change.CLIENT_MOVED);
	}

}
