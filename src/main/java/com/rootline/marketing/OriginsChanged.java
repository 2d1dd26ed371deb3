package com.rootline.marketing;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published by the referral feature inside the transaction that moved origins: the days whose ROI
 * facts (leads of those days, deals closed on them and credited through the moved trees) may have
 * changed. {@link RoiDays} recomputes them in the same transaction. It lives here, with its
 * listener, because referral already builds on marketing (outlets are origins).
 */
public record OriginsChanged(Set<LocalDate> days) {
}
