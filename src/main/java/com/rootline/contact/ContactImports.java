package com.rootline.contact;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.rootline.api.PartialDate;
import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.contact.ContactInputs.ChildInput;
import com.rootline.contact.ContactInputs.CustomFieldValueInput;
import com.rootline.contact.ContactInputs.EmailInput;
import com.rootline.contact.ContactInputs.PhoneInput;
import com.rootline.contact.ContactInputs.PostalAddressInput;
import com.rootline.contact.ContactInputs.SpouseInput;
import com.rootline.contact.ContactRules.ContactWrite;
import com.rootline.facts.ContactsChanged;
import com.rootline.graph.Statements;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The bulk path for address-book imports: a chunk of parsed rows checked by the same rules as
 * {@code createContact}, matched against existing contacts, and written with a handful of queries
 * in the caller's transaction. Rows that name the same person as an earlier row of the chunk are
 * matched against it, by writing the rows before them first.
 */
@Component
public class ContactImports {

	/** Only ids of the form Rootline gives out are kept on restore; anything else gets a new one. */
	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** What to do with a row that matches an existing contact. */
	public enum OnDuplicate {

		SKIP, UPDATE, CREATE

	}

	public record Phone(Contact.PhoneType type, String number) {
	}

	public record Email(Contact.EmailType type, String address) {
	}

	public record Address(Contact.AddressType type, List<String> lines, String city, String region, String postalCode,
			String country) {
	}

	public record Child(String name, String birthday) {
	}

	/**
	 * One row of an address book, lenient: dates are text until checked. {@code columns} maps field
	 * paths (for example {@code emails.1.address}) to the file's column, so that errors name the column.
	 */
	public record Row(long line, Source source, Names names, Reach reach, Family family, Contact.Work work,
			Filing filing, String notes, Map<String, String> columns) {
	}

	/** Where a row came from: its Rootline id and external id if the file has them, its fingerprint. */
	public record Source(String rootlineId, String externalId, String fingerprint) {
	}

	public record Names(String prefix, String firstName, String middleName, String lastName, String suffix,
			String nickname) {
	}

	public record Reach(List<Phone> phones, List<Email> emails, List<Address> addresses) {
	}

	/** The family's days as the file wrote them (checked when the row is read). */
	public record Family(String birthday, String anniversary, String spouseName, String spouseBirthday,
			List<Child> children, List<String> hobbies) {
	}

	/** How the file files the contact: groups, tags, active, level and type as written, custom values by key. */
	public record Filing(List<String> groups, List<String> tags, Boolean active, String statusLevel, String contactType,
			Map<String, String> customFields) {
	}

	public record Problem(UserErrorCode code, String column, String message) {
	}

	public record Outcome(long line, String action, String contactId, List<Problem> problems) {
	}

	public record Options(OnDuplicate onDuplicate, boolean dryRun, String ownerAgentId, String group, String tag,
			String importedBy) {
	}

	private final Statements statements;

	private final ContactRules rules;

	private final ContactReader reader;

	private final ContactWrites writes;

	private final ApplicationEventPublisher events;

	ContactImports(Statements statements, ContactRules rules, ContactReader reader, ContactWrites writes,
			ApplicationEventPublisher events) {
		this.events = events;
		this.statements = statements;
		this.rules = rules;
		this.reader = reader;
		this.writes = writes;
	}

	private record Checked(Row row, ContactDraft draft, ContactWrite write, Set<String> keys) {
	}

	/**
	 * Applies one chunk in the caller's transaction. {@code seenKeys} lives as long as the job: in a
	 * dry run nothing is written, so it is what tells a row that an earlier one would have matched.
	 */
	public List<Outcome> apply(List<Row> rows, Options options, Set<String> seenKeys) {
		List<Outcome> outcomes = new ArrayList<>();
		List<Checked> batch = new ArrayList<>();
		Set<String> batchKeys = new HashSet<>();
		for (Row row : rows) {
			List<Problem> unclean = uncleanText(row);
			if (!unclean.isEmpty()) {
				outcomes.add(new Outcome(row.line(), "FAILED", null, unclean));
				continue;
			}
			Problems problems = new Problems();
			ContactDraft draft = draft(row, options, problems);
			ContactWrite write = draft == null ? null : rules.check(draft, problems);
			if (!problems.isEmpty()) {
				outcomes.add(new Outcome(row.line(), "FAILED", null, problems(row, problems)));
				continue;
			}
			Set<String> keys = keys(row, write, false);
			if (options.dryRun()) {
				Set<String> named = keys(row, write, true);
				boolean earlier = named.stream().anyMatch(seenKeys::contains);
				seenKeys.addAll(named);
				if (earlier) {
					outcomes.add(new Outcome(row.line(), matchedAction(options), null, List.of()));
					continue;
				}
			}
			if (keys.stream().anyMatch(batchKeys::contains)) {
				outcomes.addAll(write(batch, options));
				batch.clear();
				batchKeys.clear();
			}
			batch.add(new Checked(row, draft, write, keys));
			batchKeys.addAll(keys);
		}
		outcomes.addAll(write(batch, options));
		outcomes.sort(java.util.Comparator.comparingLong(Outcome::line));
		return outcomes;
	}

	/**
	 * Text the service would not store (control characters, half characters), by the column it came
	 * from: the same rule as for GraphQL arguments (CleanText), applied to every text of the row.
	 */
	private static List<Problem> uncleanText(Row row) {
		List<Problem> problems = new ArrayList<>();
		for (java.lang.reflect.RecordComponent component : Row.class.getRecordComponents()) {
			if (component.getName().equals("columns")) {
				continue;
			}
			try {
				Object value = component.getAccessor().invoke(row);
				if (value instanceof Record part) {
					// The row's parts hold its fields under their own names, which the columns are keyed by.
					for (java.lang.reflect.RecordComponent field : part.getClass().getRecordComponents()) {
						collectUnclean(field.getAccessor().invoke(part), field.getName(), row, problems);
					}
				}
				else {
					collectUnclean(value, component.getName(), row, problems);
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return problems;
	}

	private static void collectUnclean(Object value, String path, Row row, List<Problem> problems) {
		if (value instanceof String text) {
			String problem = com.rootline.api.CleanText.problem(text);
			if (problem != null) {
				String column = row.columns().getOrDefault(path, row.columns().getOrDefault(path.split("\\.")[0], heading(path)));
				problems.add(new Problem(UserErrorCode.INVALID, column, "The text " + problem));
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collectUnclean(list.get(i), path + "." + i, row, problems);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> collectUnclean(v, path + "." + k, row, problems));
		}
		else if (value instanceof Record record) {
			for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
				try {
					collectUnclean(component.getAccessor().invoke(record), path + "." + component.getName(), row, problems);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	/** A field path as the column heading address books use for it: firstName is "First Name". */
	private static String heading(String path) {
		String field = path.split("\\.")[0];
		String words = field.replaceAll("([a-z])([A-Z])", "$1 $2");
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String matchedAction(Options options) {
		return switch (options.onDuplicate()) {
			case SKIP -> "SKIPPED";
			case UPDATE -> "UPDATED";
			case CREATE -> "CREATED";
		};
	}

	private List<Outcome> write(List<Checked> batch, Options options) {
		if (batch.isEmpty()) {
			return List.of();
		}
		Set<Integer> idsFree = new HashSet<>();
		Map<Integer, List<ContactMatching.Candidate>> apart = new HashMap<>();
		Map<Integer, String> matches = matches(batch, idsFree, apart);
		if (options.onDuplicate() == OnDuplicate.CREATE) {
			matches = Map.of();
		}
		Map<String, Contact> existing = options.onDuplicate() == OnDuplicate.UPDATE && !options.dryRun()
				? reader.findAll(matches.values()) : Map.of();
		ZonedDateTime now = ContactService.now();
		List<ContactWrites.NewRow> created = new ArrayList<>();
		List<ContactWrites.WriteRow> written = new ArrayList<>();
		List<Extra> extras = new ArrayList<>();
		List<KeptApart> possibleDuplicates = new ArrayList<>();
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Checked c = batch.get(i);
			String match = matches.get(i);
			if (match != null && options.onDuplicate() == OnDuplicate.SKIP) {
				outcomes.add(new Outcome(c.row().line(), "SKIPPED", match, List.of()));
				continue;
			}
			if (options.dryRun()) {
				outcomes.add(new Outcome(c.row().line(), match == null ? "CREATED" : "UPDATED", match, List.of()));
				continue;
			}
			ContactWrite write = c.write();
			String id = match;
			if (match != null) {
				Problems problems = new Problems();
				write = rules.check(merge(ContactDraft.of(existing.get(match)), c.draft()), problems);
				if (!problems.isEmpty()) {
					outcomes.add(new Outcome(c.row().line(), "FAILED", match, problems(c.row(), problems)));
					continue;
				}
			}
			else {
				id = idsFree.contains(i) && UUID_TEXT.matcher(c.row().source().rootlineId()).matches() ? c.row().source().rootlineId()
						: UUID.randomUUID().toString();
				created.add(ContactWrites.NewRow.of(id, now));
				for (ContactMatching.Candidate other : apart.getOrDefault(i, List.of())) {
					possibleDuplicates.add(new KeptApart(id, other.id(), other.by()));
				}
			}
			Map<String, Object> props = new HashMap<>(write.props());
			if (c.row().source().externalId() != null) {
				props.put("externalId", c.row().source().externalId());
			}
			if (match == null) {
				props.put("importKey", c.row().source().fingerprint());
			}
			written.add(ContactWrites.WriteRow.of(id, write, Set.of()).withProps(props));
			extras.add(new Extra(id, match == null ? options.ownerAgentId() : null, blankToNull(c.row().notes())));
			outcomes.add(new Outcome(c.row().line(), match == null ? "CREATED" : "UPDATED", id, List.of()));
		}
		if (!written.isEmpty()) {
			if (!created.isEmpty()) {
				writes.create(created, now);
			}
			writes.write(written, now);
			List<String> ids = written.stream().map(ContactWrites.WriteRow::id).toList();
			events.publishEvent(new ContactsWritten(ids));
			statements.run("contact/import-extras", new Extras(now, extras, options.importedBy()));
			// Created and updated ones alike: an update may make a contact inactive, the extras give it an owner.
			events.publishEvent(ContactsChanged.ids(ContactsChanged.Change.CREATED, ids));
			if (!possibleDuplicates.isEmpty()) {
				statements.run("contact/record-possible-duplicates", new PossibleDuplicates(now, possibleDuplicates));
			}
		}
		return outcomes;
	}

	/**
	 * The contacts the rows are, by index, under the rule of {@link ContactMatching}; {@code idsFree}
	 * gets the rows whose Rootline id is unused, {@code apart} the contacts each row shares an e-mail
	 * or a phone with but not a name.
	 */
	private Map<Integer, String> matches(List<Checked> batch, Set<Integer> idsFree,
			Map<Integer, List<ContactMatching.Candidate>> apart) {
		List<MatchQuery> rows = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Checked c = batch.get(i);
			rows.add(new MatchQuery(i, c.row().source().rootlineId(), c.row().source().externalId(), List.copyOf(c.write().emailKeys()),
					List.copyOf(c.write().phoneKeys()), c.row().source().fingerprint()));
		}
		Map<Integer, String> matches = new HashMap<>();
		statements.all("contact/import-matches", new MatchQueries(rows), Matched.class).forEach(r -> {
			int index = r.index();
			Row row = batch.get(index).row();
			ContactMatching.Decision decision = ContactMatching.decide(row.names().firstName(), row.names().lastName(), r.candidates());
			decision.match().ifPresent(id -> matches.put(index, id));
			if (!decision.keptApart().isEmpty()) {
				apart.put(index, decision.keptApart());
			}
			if (r.idFree()) {
				idsFree.add(index);
			}
		});
		return matches;
	}

	/** What may identify an imported row's contact: its ids, e-mails, phones and fingerprint. */
	private record MatchQuery(int index, String rootlineId, String externalId, List<String> emails, List<String> phones,
			String importKey) {
	}

	private record MatchQueries(List<MatchQuery> rows) {
	}

	/** The contacts a row may be, strongest evidence first, and whether its Rootline id is free. */
	private record Matched(int index, List<ContactMatching.Candidate> candidates, boolean idFree) {
	}

	/** What an import adds besides the record: an owner for a new contact, the file's note. */
	private record Extra(String id, String owner, String note) {
	}

	private record Extras(ZonedDateTime now, List<Extra> rows, String by) {
	}

	private record KeptApart(String contactId, String otherId, ContactMatching.Evidence reason) {
	}

	private record PossibleDuplicates(ZonedDateTime now, List<KeptApart> pairs) {
	}

	/**
	 * An UPDATE fills in and overrides what the file has, and never removes: phones, e-mails and
	 * addresses the contact already has stay, and groups and tags are added to. A name is never
	 * replaced: the file's name parts only fill in the ones the contact lacks.
	 */
	private static ContactDraft merge(ContactDraft current, ContactDraft file) {
		List<PhoneInput> phones = new ArrayList<>(current.phones());
		Set<String> numbers = new HashSet<>();
		current.phones().forEach(p -> numbers.add(p.number().replaceAll("\\D", "")));
		file.phones().stream().filter(p -> numbers.add(p.number().replaceAll("\\D", ""))).forEach(phones::add);
		List<EmailInput> emails = new ArrayList<>(current.emails());
		Set<String> addresses = new HashSet<>();
		current.emails().forEach(e -> addresses.add(e.address().toLowerCase(java.util.Locale.ROOT)));
		file.emails().stream().filter(e -> addresses.add(e.address().toLowerCase(java.util.Locale.ROOT))).forEach(emails::add);
		List<PostalAddressInput> postal = new ArrayList<>(current.addresses());
		Set<String> households = new HashSet<>();
		current.addresses().forEach(a -> households.add(ContactRules.householdKey(a.lines(), a.city(), a.postalCode(), a.country())));
		file.addresses()
			.stream()
			.filter(a -> households.add(ContactRules.householdKey(a.lines() == null ? List.of() : a.lines(), a.city(),
					a.postalCode(), a.country())))
			.forEach(postal::add);
		ContactDraft.Names names = new ContactDraft.Names(or(current.prefix(), file.prefix()),
				or(current.firstName(), file.firstName()), or(current.middleName(), file.middleName()),
				or(current.lastName(), file.lastName()), or(current.suffix(), file.suffix()),
				or(current.nickname(), file.nickname()));
		ContactDraft.Family family = new ContactDraft.Family(or(file.birthday(), current.birthday()),
				or(file.anniversary(), current.anniversary()), or(file.spouse(), current.spouse()),
				file.children().isEmpty() ? current.children() : file.children(),
				union(current.hobbies(), file.hobbies()));
		Contact.Work work = new Contact.Work(or(file.jobTitle(), current.jobTitle()), or(file.company(), current.company()));
		ContactDraft.Filing filing = new ContactDraft.Filing(union(current.groups(), file.groups()),
				union(current.tags(), file.tags()), file.active() || current.active(),
				or(file.statusLevel(), current.statusLevel()), or(file.contactType(), current.contactType()),
				file.customFields());
		return new ContactDraft(names, new ContactDraft.Reach(phones, emails, postal), family, work, filing);
	}

	private static <T> T or(T preferred, T fallback) {
		return preferred != null ? preferred : fallback;
	}

	private static List<String> union(List<String> a, List<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	private static Set<String> keys(Row row, ContactWrite write, boolean named) {
		Set<String> keys = new HashSet<>();
		if (row.source().rootlineId() != null) {
			keys.add("id:" + row.source().rootlineId());
		}
		if (row.source().externalId() != null) {
			keys.add("ext:" + row.source().externalId());
		}
		// Shared e-mails and phones are only the same person with the same name (ContactMatching): the
		// named keys tell a dry run which later rows an earlier one would have matched. The plain ones
		// make a chunk write a row before a later row that shares anything with it is matched.
		String name = named ? "|" + ContactRules.fold(row.names().lastName()) + "|" + ContactRules.fold(row.names().firstName()) : "";
		write.emailKeys().forEach(k -> keys.add("email:" + k + name));
		write.phoneKeys().forEach(k -> keys.add("phone:" + k + name));
		if (row.source().fingerprint() != null) {
			keys.add("row:" + row.source().fingerprint());
		}
		return keys;
	}

	private static ContactDraft draft(Row r, Options options, Problems problems) {
		List<String> groups = new ArrayList<>(r.filing().groups());
		if (options.group() != null) {
			groups.add(options.group());
		}
		List<String> tags = new ArrayList<>(r.filing().tags());
		if (options.tag() != null) {
			tags.add(options.tag());
		}
		List<ChildInput> children = new ArrayList<>();
		for (int i = 0; i < r.family().children().size(); i++) {
			Child child = r.family().children().get(i);
			children.add(new ChildInput(child.name(), date(child.birthday(), problems, "children", i, "birthday")));
		}
		String spouseName = blankToNull(r.family().spouseName());
		PartialDate spouseBirthday = date(r.family().spouseBirthday(), problems, "spouse", "birthday");
		List<CustomFieldValueInput> custom = new ArrayList<>();
		r.filing().customFields().forEach((k, v) -> custom.add(new CustomFieldValueInput(k, v)));
		ContactDraft.Names names = new ContactDraft.Names(r.names().prefix(), r.names().firstName(), r.names().middleName(), r.names().lastName(),
				r.names().suffix(), r.names().nickname());
		ContactDraft.Reach reach = new ContactDraft.Reach(
				r.reach().phones().stream().map(p -> new PhoneInput(p.type(), p.number())).toList(),
				r.reach().emails().stream().map(e -> new EmailInput(e.type(), e.address())).toList(),
				r.reach().addresses()
					.stream()
					.map(a -> new PostalAddressInput(a.type(), a.lines(), a.city(), a.region(), a.postalCode(),
							a.country()))
					.toList());
		ContactDraft.Family family = new ContactDraft.Family(date(r.family().birthday(), problems, "birthday"),
				date(r.family().anniversary(), problems, "anniversary"),
				spouseName == null && spouseBirthday == null ? null : new SpouseInput(spouseName, spouseBirthday),
				children, r.family().hobbies());
		ContactDraft.Filing filing = new ContactDraft.Filing(groups, tags, Boolean.TRUE.equals(r.filing().active()),
				level(r.filing().statusLevel(), problems), r.filing().contactType(), custom);
		ContactDraft draft = new ContactDraft(names, reach, family, new Contact.Work(r.work().jobTitle(), r.work().company()), filing);
		return problems.isEmpty() ? draft : null;
	}

	private static Contact.StatusLevel level(String text, Problems problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Optional<Contact.StatusLevel> level = Contact.StatusLevel.parse(text);
		if (level.isEmpty()) {
			problems.add(UserErrorCode.INVALID, "'" + text + "' is not a status level (A, B or C)", "statusLevel");
		}
		return level.orElse(null);
	}

	private static PartialDate date(String text, Problems problems, Object... path) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return PartialDate.parse(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(UserErrorCode.INVALID_DATE, "'" + text + "' is not a date (YYYY-MM-DD or --MM-DD)", path);
			return null;
		}
	}

	/** The rules' problems, each naming the file's column rather than the field path. */
	private static List<Problem> problems(Row row, Problems problems) {
		List<Problem> result = new ArrayList<>();
		for (UserError e : problems.errors()) {
			List<String> path = e.field().subList(1, e.field().size());
			String column = null;
			for (int n = path.size(); n > 0 && column == null; n--) {
				column = row.columns().get(String.join(".", path.subList(0, n)));
			}
			result.add(new Problem(e.code(), column == null ? String.join(".", path) : column, e.message()));
		}
		return result;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
