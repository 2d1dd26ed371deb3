/**
 * The maintained graph facts as a whole: rebuilding every one of them from the graph (tree keys,
 * level counters, subtree values, revenue per level, days in touch and their counts, channel ROI
 * days), for the tests and for the ADMIN operation {@code rebuildGraphFacts}, which runs as a
 * leased job and reports what differed from the facts the writers kept.
 */
package com.rootline.facts;
