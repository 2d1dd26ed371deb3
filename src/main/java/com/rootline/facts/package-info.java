/**
 * The facts writers keep up to date, with one owner. The referral forest's own facts (tree keys,
 * root facts, level counters, subtree values) are kept by {@link com.rootline.facts.TreeFacts}:
 * writers of origins take its tree locks and say what they do to an origin, and it applies the rest
 * first of the facts before commit. Writers record typed changes inside their
 * transaction (contacts changed: {@link com.rootline.facts.ContactsChanged}; contacts deleted:
 * {@link com.rootline.facts.ContactRemoved}; deals changed: {@link com.rootline.facts.DealChanged};
 * origins moved: {@link com.rootline.facts.OriginsChanged};
 * tasks changed: {@link com.rootline.facts.TasksChanged}; interactions or tasks deleted:
 * {@link com.rootline.facts.ActivityRemoved}), and each fact's component counts them once, just
 * before the commit ({@link com.rootline.facts.BeforeCommit}): the counters in one order, each one's
 * nodes in key order. Each contact's day last in touch is derived here too. No statement outside
 * {@code cypher/queries/facts/} writes a kept property (FactQueriesTest). The same package rebuilds every fact from the graph
 * ({@link com.rootline.facts.GraphFacts}): tree keys, level counters, subtree values, revenue per
 * level, days in touch and their counts, channel ROI days, deal, business mix, funnel, book and
 * activity counters, for the
 * tests and for the ADMIN operation {@code rebuildGraphFacts}, a leased job that reports what
 * differed from what the writers kept. Only this package runs the statements under
 * {@code cypher/queries/facts/} (FactQueriesTest).
 */
package com.rootline.facts;
