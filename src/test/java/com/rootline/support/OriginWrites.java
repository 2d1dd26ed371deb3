package com.rootline.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.rootline.support.GraphQlHttp.Response;

/**
 * Origin writes through the API for seeded-random tests, which fire them at random contacts: a
 * business refusal (a cycle, an origin already recorded, nothing to remove) is one of the expected
 * outcomes and is returned, while any top-level error fails the test.
 */
public final class OriginWrites {

	private final GraphQlHttp http;

	public OriginWrites(GraphQlHttp http) {
		this.http = http;
	}

	/** True when recorded. */
	public boolean recordReferral(String contactId, String referrerId, LocalDate referredOn) {
		Map<String, Object> input = input(contactId);
		input.put("referrerId", referrerId);
		input.put("referredOn", referredOn.toString());
		return succeeded("recordReferral", "RecordReferralInput", input);
	}

	/** True when recorded; {@code heardOn} null means today. */
	public boolean recordLeadSource(String contactId, String outletId, LocalDate heardOn, boolean replace) {
		Map<String, Object> input = input(contactId);
		input.put("outletId", outletId);
		input.put("heardOn", heardOn == null ? null : heardOn.toString());
		input.put("replace", replace);
		return succeeded("recordLeadSource", "RecordLeadSourceInput", input);
	}

	public boolean changeReferrer(String contactId, String referrerId) {
		Map<String, Object> input = input(contactId);
		input.put("referrerId", referrerId);
		return succeeded("changeReferrer", "ChangeReferrerInput", input);
	}

	public boolean removeReferral(String contactId) {
		return succeeded("removeReferral", "RemoveReferralInput", input(contactId));
	}

	/** True when merged; the duplicate is then gone. */
	public boolean mergeContacts(String survivorId, String duplicateId) {
		return succeeded("mergeContacts", "MergeContactsInput",
				new HashMap<>(Map.of("survivorId", survivorId, "duplicateId", duplicateId)));
	}

	private static Map<String, Object> input(String contactId) {
		Map<String, Object> input = new HashMap<>();
		input.put("contactId", contactId);
		return input;
	}

	private boolean succeeded(String mutation, String inputType, Map<String, Object> input) {
		String token = mutation.equals("mergeContacts") ? IntegrationTest.BROKER : IntegrationTest.AGENT;
		Response response = http.post(token, "mutation($i: " + inputType + "!) { " + mutation
				+ "(input: $i) { userErrors { code } } }", Map.of("i", input));
		if (response.status() != 200 || !response.errors().isMissingNode()) {
			throw new AssertionError(mutation + " failed outside its business rules: " + response);
		}
		return response.at(mutation + ".userErrors").isEmpty();
	}

}
