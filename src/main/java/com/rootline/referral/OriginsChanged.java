package com.rootline.referral;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published inside the transaction that moved origins: the days whose facts derived from origins
 * (leads of those days, deals closed on them) may have changed. Listeners keep their rollups true
 * in the same transaction.
 */
public record OriginsChanged(Set<LocalDate> days) {
}
