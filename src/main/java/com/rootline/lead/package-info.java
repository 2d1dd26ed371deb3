/**
 * Web leads: the brokerage's sites post their forms to {@code POST /leads} with a public key bound to
 * an outlet and to the origins the forms are served from. A lead becomes a contact (matched by
 * e-mail, then phone, or created) with the outlet as its lead source, is routed to an agent by rules
 * kept as data, receives a welcome note signed by that agent, and the agent is notified and given a
 * task to call, all in the one transaction that also records the submission's idempotency key.
 * <p>
 * Graph shape: {@code (:LeadSite {publicKey, outletId, allowedOrigins})},
 * {@code (:LeadRoute {routeKey: outletId or '*', agentIds, nextIndex})},
 * {@code (:LeadSubmission {key: siteId|idempotencyKey, expiresAt})}.
 */
package com.rootline.lead;
