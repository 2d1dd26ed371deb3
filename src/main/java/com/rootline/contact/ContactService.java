package com.rootline.contact;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.ContactInputs.CreateContactInput;
import com.rootline.contact.ContactInputs.DefineCustomFieldInput;
import com.rootline.contact.ContactInputs.LogInteractionInput;
import com.rootline.contact.ContactInputs.UpdateContactInput;
import com.rootline.contact.ContactRules.ContactWrite;
import com.rootline.facts.ActivityRemoved;
import com.rootline.facts.ContactRemoved;
import com.rootline.facts.ContactsChanged;
import com.rootline.graph.Statements;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every write to a contact. Each method is one transaction; a refused write leaves nothing behind. */
@Service
class ContactService {

	private static final Set<String> PERSONAL = Set.of("prefix", "firstName", "middleName", "lastName", "suffix",
			"nickname", "birthday", "birthMonth", "anniversary", "anniversaryMonth", "spouseName", "spouseBirthday",
			"childNames", "childBirthdays", "hobbies", "jobTitle", "company", "searchText", "lastContactedAt", "coupleKey",
			"statusLevel", "contactType", "emailOpens", "emailClicks");

	private final ContactRules rules;

	private final ContactReader reader;

	private final CustomFields customFields;

	private final ContactWrites writes;

	private final Statements statements;

	private final Interactions interactions;

	private final ApplicationEventPublisher events;

	ContactService(ContactRules rules, ContactReader reader,
			CustomFields customFields, ContactWrites writes, Interactions interactions,
			ApplicationEventPublisher events, Statements statements) {
		this.statements = statements;
		this.interactions = interactions;
		this.events = events;
		this.rules = rules;
		this.reader = reader;
		this.customFields = customFields;
		this.writes = writes;
	}

	@Transactional
	Contact create(CreateContactInput input) {
		Problems problems = new Problems();
		ContactWrite write = rules.check(input.toDraft(), problems);
		problems.throwIfAny();
		if (!Boolean.TRUE.equals(input.allowDuplicate())) {
			refuseDuplicates(write, null);
		}
		String id = UUID.randomUUID().toString();
		ZonedDateTime now = now();
		events.publishEvent(ContactsChanged.elementIds(ContactsChanged.Change.CREATED,
				writes.create(List.of(ContactWrites.NewRow.of(id, now)), now)));
		return edit(id, write, Set.of(), now);
	}

	@Transactional
	Contact update(UpdateContactInput input) {
		Contact current = lockAndCheckVersion(input.id(), input.expectedVersion());
		Problems problems = new Problems();
		ContactWrite write = rules.check(ContactDraft.of(current).apply(input), problems);
		problems.throwIfAny();
		return edit(input.id(), write, unchanged(current, write), now());
	}

	@Transactional
	Contact setArchived(String id, boolean archived) {
		boolean changed = statements.one("contact/set-archived", new Archive(id, archived, now()), Id.class).isPresent();
		if (!changed) {
			throw new UserErrorsException(missingOrErased(id));
		}
		events.publishEvent(ContactsChanged.ids(ContactsChanged.Change.STATE, List.of(id)));
		return reader.find(id).orElseThrow();
	}

	@Transactional
	String delete(String id) {
		List<String> anchors = statements.one("contact/anchors", new Id(id), Anchors.class)
			.map(Anchors::anchors)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + id, "id")));
		if (!anchors.isEmpty()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.IN_USE,
					"This contact anchors " + String.join(", ", anchors).toLowerCase()
							+ " and cannot be deleted; archive it instead (archiveContact), or erase it for privacy",
					"id"));
		}
		statements.all("contact/delete", new Id(id), ContactRemoved.Row.class)
			.forEach(row -> events.publishEvent(row.removed()));
		return id;
	}

	@Transactional
	Contact erase(String id) {
		Contact current = reader.find(id)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + id, "id")));
		if (current.erased()) {
			return current;
		}
		Erase erase = new Erase(id, now(), List.copyOf(PERSONAL), "\uffff\u0001\u0001" + id,
				ContactRules.newestFirstKey(null, id));
		statements.one("contact/erase", erase, Erased.class).ifPresent(erased -> {
			events.publishEvent(ContactsChanged.elementIds(ContactsChanged.Change.ERASED, List.of(erased.elementId())));
			events.publishEvent(ActivityRemoved.of(erased.removedActivity()));
		});
		return reader.find(id).orElseThrow();
	}

	@Transactional
	Interaction logInteraction(LogInteractionInput input) {
		return interactions.log(new Interactions.Entry(input.contactId(), input.kind(), input.direction(),
				input.occurredAt(), input.summary()));
	}

	@Transactional
	Contact setDoNotContact(String id, boolean doNotContact) {
		boolean changed = statements.one("contact/set-do-not-contact", new DoNotContact(id, doNotContact, now()), Id.class)
			.isPresent();
		if (!changed) {
			throw new UserErrorsException(missingOrErased(id));
		}
		return reader.find(id).orElseThrow();
	}

	@Transactional
	CustomFields.Definition defineCustomField(DefineCustomFieldInput input) {
		Problems problems = new Problems();
		String key = input.key() == null ? "" : input.key().strip();
		if (!CustomFields.KEY.matcher(key).matches()) {
			problems.add(UserErrorCode.INVALID, "A key is letters, digits and underscores, starting with a letter, at most 40",
					"key");
		}
		if (input.label() == null || input.label().isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "A custom field needs a label", "label");
		}
		problems.maxLength(input.label(), 100, "label");
		List<String> options = input.options() == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(input.options().stream().map(String::strip)
					.filter(o -> !o.isEmpty()).toList()));
		if (input.type() == Contact.CustomFieldType.CHOICE && options.isEmpty()) {
			problems.add(UserErrorCode.REQUIRED, "A CHOICE field needs options", "options");
		}
		problems.throwIfAny();
		CustomFields.Definition next = new CustomFields.Definition(key, input.label().strip(), input.type(),
				input.type() == Contact.CustomFieldType.CHOICE ? options : List.of(),
				input.type() == Contact.CustomFieldType.DATE && Boolean.TRUE.equals(input.recurring()));
		CustomFields.Definition previous = customFields.byKey().get(key);
		if (previous != null) {
			convertExistingValues(previous, next);
		}
		return statements.one("contact/define-custom-field", next, CustomFields.Stored.class).orElseThrow().definition();
	}

	/** Rewrites stored values in the new type, or refuses the change if any does not convert. */
	private void convertExistingValues(CustomFields.Definition previous, CustomFields.Definition next) {
		if (previous.type().equals(next.type()) && previous.options().equals(next.options())) {
			return;
		}
		List<StoredValue> rows = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		statements.all("contact/custom-field-values", new Property(previous.property(), List.of()), StoredValue.class)
			.forEach(row -> {
				String text = customFields.toText(previous, row.value());
				customFields.toStored(next, text).ifPresentOrElse(v -> rows.add(new StoredValue(row.id(), v)),
						() -> failures.add(text));
			});
		if (!failures.isEmpty()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INCOMPATIBLE_CUSTOM_FIELD_CHANGE, failures.size()
					+ " stored value(s) cannot become " + next.type() + ", for example '" + failures.getFirst() + "'",
					"type"));
		}
		statements.run("contact/rewrite-custom-field-values", new Property(previous.property(), rows));
	}

	/** The contact as it stands under its write lock, if it is at the version the caller read. */
	private Contact lockAndCheckVersion(String id, Integer expectedVersion) {
		Contact current = statements.one("contact/lock", new Lock(id, UUID.randomUUID().toString()), Locked.class)
			.map(locked -> reader.fromRecord(locked.contact()))
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + id, "id")));
		if (current.erased()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.ERASED, "The contact was erased and cannot be changed", "id"));
		}
		long version = current.version();
		if (expectedVersion == null || version != expectedVersion) {
			throw new UserErrorsException(UserError.of(UserErrorCode.VERSION_CONFLICT, "The contact is at version " + version
					+ ", not " + expectedVersion + "; someone changed it since you read it", "expectedVersion"));
		}
		return current;
	}

	private void refuseDuplicates(ContactWrite write, String exceptId) {
		if (write.emailKeys().isEmpty() && write.phoneKeys().isEmpty()) {
			return;
		}
		Reach reach = new Reach(List.copyOf(write.emailKeys()), List.copyOf(write.phoneKeys()), exceptId);
		List<UserError> errors = statements.all("contact/possible-duplicates", reach, SameReach.class)
			.stream()
			.map(row -> new UserError(List.of("input", "email".equals(row.matchedBy()) ? "emails" : "phones"),
					UserErrorCode.POSSIBLE_DUPLICATE,
					"Contact " + row.id() + " (" + row.displayName() + ") has the same " + row.matchedBy() + " "
							+ row.value() + "; pass allowDuplicate: true to create anyway"))
			.toList();
		if (!errors.isEmpty()) {
			throw new UserErrorsException(errors);
		}
	}

	void write(String id, ContactWrite write, ZonedDateTime now) {
		writes.write(List.of(ContactWrites.WriteRow.of(id, write, Set.of())), now);
		events.publishEvent(new ContactsWritten(List.of(id)));
		events.publishEvent(ContactsChanged.ids(ContactsChanged.Change.STATE, List.of(id)));
	}

	/**
	 * Writes one contact and answers with it as the same statement reads it back: one round trip
	 * where a write and a read after it took two.
	 */
	private Contact edit(String id, ContactWrite write, Set<String> keep, ZonedDateTime now) {
		Contact written = reader.fromRecord(writes.edit(ContactWrites.WriteRow.of(id, write, keep), now));
		events.publishEvent(new ContactsWritten(List.of(id)));
		events.publishEvent(ContactsChanged.ids(ContactsChanged.Change.STATE, List.of(id)));
		return written;
	}

	/**
	 * The relationships to phones, e-mails, addresses, groups and tags that an edit leaves as they
	 * are. Most edits change a field or two; rewriting everything else made every update delete,
	 * re-create and re-index them (a profile of the load benchmark's updates).
	 */
	private static Set<String> unchanged(Contact current, ContactWrite write) {
		Set<String> same = new HashSet<>();
		if (same(current.phones(), p -> Arrays.asList(p.type(), p.number(), p.e164()), write.phones(),
				p -> Arrays.asList(p.type(), p.number(), p.e164()))) {
			same.add("HAS_PHONE");
		}
		if (same(current.emails(), e -> Arrays.asList(e.type(), e.address()), write.emails(),
				e -> Arrays.asList(e.type(), e.address()))) {
			same.add("HAS_EMAIL");
		}
		if (same(current.addresses(), a -> Arrays.asList(a.type(), a.lines(), a.city(), a.region(), a.postalCode(),
				a.country()), write.addresses(), a -> Arrays.asList(a.type(), a.lines(), a.city(), a.region(),
						a.postalCode(), a.country()))) {
			same.add("HAS_ADDRESS");
		}
		// Stored groups and tags are read sorted.
		if (current.groups().equals(write.groups().stream().sorted().toList())) {
			same.add("IN_GROUP");
		}
		if (current.tags().equals(write.tags().stream().sorted().toList())) {
			same.add("TAGGED");
		}
		return same;
	}

	/** Whether the stored items, field by field and in order, are the rows about to be written. */
	private static <T, R> boolean same(List<T> stored, Function<T, List<?>> fields, List<R> rows,
			Function<R, List<?>> rowFields) {
		return stored.stream().map(fields).toList().equals(rows.stream().map(rowFields).toList());
	}

	private record Id(String id) {
	}

	private record Anchors(List<String> anchors) {
	}

	/** A custom field's property, and values to rewrite in it. */
	private record Property(String property, List<StoredValue> rows) {
	}

	/** A contact's stored value of a custom field. */
	private record StoredValue(String id, Object value) {
	}

	private record Lock(String id, String txId) {
	}

	/** The contact under its write lock, as {@code contact/_return-record} reads it. */
	private record Locked(Map<String, Object> contact) {
	}

	private record Archive(String id, boolean archived, ZonedDateTime now) {
	}

	private record DoNotContact(String id, boolean doNotContact, ZonedDateTime now) {
	}

	/** What erasure removes ({@code personal}) and the keys that move the contact to the lists' end. */
	private record Erase(String id, ZonedDateTime now, List<String> personal, String nameKey, String contactedKey) {
	}

	private record Erased(String elementId, List<String> removedActivity) {
	}

	private record Reach(List<String> emails, List<String> phones, String exceptId) {
	}

	/** A contact with an e-mail or a phone of the one being written. */
	private record SameReach(String id, String displayName, String matchedBy, String value) {
	}

	private UserError missingOrErased(String id) {
		return reader.find(id).isPresent() ? UserError.of(UserErrorCode.ERASED, "The contact was erased", "id")
				: UserError.of(UserErrorCode.NOT_FOUND, "No contact " + id, "id");
	}

	static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
