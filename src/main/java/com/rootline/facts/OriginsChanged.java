package com.rootline.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * A typed change for the facts component: published by the referral feature inside the transaction
 * that moved origins, with the days whose channel ROI facts (leads of those days, deals closed on
 * them and credited through the moved trees) may have changed. {@link RoiDays} recomputes them
 * before that transaction commits.
 */
public record OriginsChanged(Set<LocalDate> days) {
}
