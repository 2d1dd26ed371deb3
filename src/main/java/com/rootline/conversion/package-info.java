/**
 * The A/B/C conversion model: features of each contact as of a day, a regularised logistic
 * regression fitted by Tribuo on the brokerage's own closed deals, its honest evaluation against a
 * rule, and the probability, suggested level and factors of any contact.
 */
package com.rootline.conversion;
