package com.rootline.lead;

import java.util.List;

/**
 * What a web form posts. {@code website} is the honeypot: a field hidden from people, which only
 * bots fill in. {@code formToken} makes a resubmitted form a no-op when the page cannot send an
 * Idempotency-Key header (a plain HTML form).
 */
record LeadForm(String firstName, String lastName, String email, String phone, String message,
		List<String> communities, String priceRange, Boolean consentToEmail, String website, String formToken) {

	boolean isBot() {
		return website != null && !website.isBlank();
	}

	String name() {
		String name = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip()))
			.strip();
		return name.isEmpty() ? (email != null ? email.strip() : phone == null ? "" : phone.strip()) : name;
	}

	String interests() {
		String places = communities == null || communities.isEmpty() ? "" : String.join(", ", communities);
		String price = priceRange == null || priceRange.isBlank() ? "" : priceRange.strip();
		String both = places.isEmpty() || price.isEmpty() ? places + price : places + "; " + price;
		return both.isEmpty() ? "a home" : both;
	}

}
