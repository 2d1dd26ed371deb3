package com.rootline.deal;

import java.time.LocalDate;

/** Published inside the transaction that closed a deal, for rollups of closed business by day. */
public record DealClosed(String dealId, LocalDate closedOn) {
}
