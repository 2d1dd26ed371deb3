package com.rootline.deal;

/** Published inside the transaction of every write to a deal (created, moved, closed, lost), for facts kept per deal. */
public record DealChanged(String dealId) {
}
