package com.rootline.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.rootline.contact.ContactMatching.Candidate;
import com.rootline.contact.ContactMatching.Evidence;
import org.junit.jupiter.api.Test;

/** The matching rule on its own, without a server. */
class ContactMatchingTest {

	private static Candidate c(String id, Evidence by, String first, String last) {
		return new Candidate(id, by, first, last);
	}

	@Test
	void aSharedPhoneIsTheSamePersonOnlyWithANameThatAgrees() {
		var alice = c("a", Evidence.PHONE, "Alice", "Office");
		assertThat(ContactMatching.decide("Bob", "Stranger", List.of(alice)).match()).isEmpty();
		assertThat(ContactMatching.decide("Bob", "Stranger", List.of(alice)).keptApart()).containsExactly(alice);
		assertThat(ContactMatching.decide("ALICE", "office", List.of(alice)).match()).contains("a");
		assertThat(ContactMatching.decide("A.", "Office", List.of(alice)).match()).contains("a");
		assertThat(ContactMatching.decide(null, null, List.of(alice)).match()).as("a phone and no name").isEmpty();
	}

	@Test
	void aSharedEMailIsTheSamePersonUnlessTheNamesDisagree() {
		var john = c("j", Evidence.EMAIL, "John", "Smith");
		assertThat(ContactMatching.decide("Jane", "Smith", List.of(john)).match()).as("a couple's e-mail").isEmpty();
		assertThat(ContactMatching.decide("Jöhn", "SMITH", List.of(john)).match()).contains("j");
		assertThat(ContactMatching.decide(null, null, List.of(john)).match()).contains("j");
		assertThat(ContactMatching.decide("Johnny", "Smith", List.of(john)).match()).as("a shortening").contains("j");
		assertThat(ContactMatching.decide("Jo", "Smith", List.of(john)).match()).as("too short to tell").isEmpty();
	}

	@Test
	void twoContactsThatBothFitMatchNeither() {
		var john = c("j", Evidence.EMAIL, "John", "Smith");
		var jane = c("k", Evidence.EMAIL, "Jane", "Smith");
		var decision = ContactMatching.decide("J.", "Smith", List.of(john, jane));
		assertThat(decision.match()).isEmpty();
		assertThat(decision.keptApart()).containsExactly(john, jane);
		assertThat(ContactMatching.decide("Jane", "Smith", List.of(john, jane)).match()).contains("k");
	}

	@Test
	void anIdOrTheSameRowIsTheSamePersonWhateverTheName() {
		assertThat(ContactMatching.decide("Bob", "Stranger", List.of(c("a", Evidence.EXTERNAL_ID, "Alice", "Office")))
			.match()).contains("a");
		assertThat(ContactMatching.decide("Bob", null, List.of(c("a", Evidence.SAME_ROW, "Alice", "Office"))).match())
			.contains("a");
	}

}
