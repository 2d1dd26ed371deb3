package com.rootline.contact;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import com.rootline.api.PartialDate;
import com.rootline.api.Problems;
import com.rootline.contact.ContactInputs.EmailInput;
import com.rootline.contact.ContactInputs.PhoneInput;
import com.rootline.contact.ContactInputs.PostalAddressInput;

/**
 * Validating a contact record, which every create, update and imported row does: the service side
 * of an update that is neither the reads nor the write. The same record with and without its two
 * phone numbers shows what parsing them costs. Run through {@code com.rootline.bench.JmhBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContactRulesJmh {

	// No record here has custom field values, so the custom field definitions (a graph read) are never asked for.
	private final ContactRules rules = new ContactRules(new PhoneNumbers("US"), null);

	private final ContactDraft record = record(
			List.of(new PhoneInput(Contact.PhoneType.MOBILE, "(212) 555-0142"), new PhoneInput(Contact.PhoneType.WORK, "+44 20 7946 0958")));

	private final ContactDraft recordWithoutPhones = record(List.of());

	@Benchmark
	public ContactRules.ContactWrite checkRecord() {
		return rules.check(record, new Problems());
	}

	@Benchmark
	public ContactRules.ContactWrite checkRecordWithoutPhones() {
		return rules.check(recordWithoutPhones, new Problems());
	}

	private static ContactDraft record(List<PhoneInput> phones) {
		return new ContactDraft(new ContactDraft.Names("Dr.", "Maria", "José", "Hernández-López", null, "Mari"),
				new ContactDraft.Reach(phones,
						List.of(new EmailInput(Contact.EmailType.HOME, "Maria.Hernandez@Example.com"),
								new EmailInput(Contact.EmailType.WORK, "mhl@mercy.org")),
						List.of(new PostalAddressInput(Contact.AddressType.HOME, List.of("12 Elm Street", "Apt 4B"),
								"Springfield", "IL", "62704", "US"))),
				new ContactDraft.Family(PartialDate.parse("1984-03-12"), PartialDate.parse("--06-21"), null, List.of(),
						List.of("sailing", "jazz")),
				new Contact.Work("Charge nurse", "Mercy Hospital"),
				new ContactDraft.Filing(List.of("Past Clients"), List.of("vip", "spring-2025"), true,
						Contact.StatusLevel.A, "Client", List.of()));
	}

}
