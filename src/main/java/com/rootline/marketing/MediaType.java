package com.rootline.marketing;

/** A kind of advertising: radio, TV, internet, print, direct mail, signage, events, ... */
public record MediaType(String id, String key, String name) {

	/** A statement's row with a media type in its {@code type} column. */
	record Row(MediaType type) {
	}

}
