/**
 * An agent's day: the dates that matter of their contacts (birthdays, the family's birthdays,
 * wedding and home anniversaries, recurring custom dates) and today's call list, ranked by rules
 * kept as data ({@code (:CallRule)}), each entry with its reasons in words and codes. The referral
 * tree is one of the reasons: a client whose tree brought business and who has not heard from us
 * since its newest referral comes first.
 * <p>
 * The rules themselves ({@link com.rootline.today.DatesThatMatter}, {@link com.rootline.today.CallList})
 * are plain functions of facts read in one query per list, tested without a server.
 */
package com.rootline.today;
