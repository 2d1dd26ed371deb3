/**
 * Advertising: the media catalog (type → outlet), dated spend with its correction history, and
 * channel ROI by media type, outlet and quarter, with quarters that can be closed (frozen).
 * <p>
 * Graph shape: {@code (:MediaOutlet)-[:OF_TYPE]->(:MediaType)}, {@code (:AdSpend)-[:FOR]->(:MediaOutlet)};
 * a lead source is an origin like a referral, {@code (:Contact)-[:REFERRED_BY]->(:MediaOutlet)},
 * written by the referral feature so that the one-origin rule holds for both.
 */
package com.rootline.marketing;
