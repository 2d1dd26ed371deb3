/**
 * Deals (purchases, sales, refinances) moving through stages, with their stage history, and the
 * stage prompts that turn moments that matter into tasks for the handling agent. Graph shape:
 * {@code (:Contact)-[:PARTY_TO]->(:Deal)<-[:HANDLES]-(:Agent)}; prompts are {@code :StagePrompt}
 * data, tasks are {@code :Task} nodes. Closed deals' revenue feeds referral statistics and ROI.
 */
package com.rootline.deal;
