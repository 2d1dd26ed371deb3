/**
 * Reports brokers run their business on, as GraphQL and as CSV: the seasonality of deals, month by
 * month and by month of the year. Each is one Cypher aggregate over the window asked.
 */
package com.rootline.report;
