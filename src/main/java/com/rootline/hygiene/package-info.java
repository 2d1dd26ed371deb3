/**
 * Database hygiene: contacts that may be the same person, found across the whole store by a leased
 * scan job and kept current as contacts are written, ranked with their reasons and the conflicts a
 * merge would resolve, to be merged (mergeContacts) or dismissed for good.
 */
package com.rootline.hygiene;
