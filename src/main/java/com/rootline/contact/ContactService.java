package com.rootline.contact;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import com.rootline.graph.CypherQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every write to a contact. Each method is one transaction; a refused write leaves nothing behind. */
@Service
class ContactService {

	private static final Set<String> PERSONAL = Set.of("prefix", "firstName", "middleName", "lastName", "suffix",
			"nickname", "birthday", "birthMonth", "anniversary", "anniversaryMonth", "spouseName", "spouseBirthday",
			"childNames", "childBirthdays", "hobbies", "jobTitle", "company", "searchText", "lastContactedAt", "coupleKey",
			"statusLevel", "contactType", "emailOpens", "emailClicks");

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactRules rules;

	private final ContactReader reader;

	private final CustomFields customFields;

	private final ContactWrites writes;

	private final Interactions interactions;

	private final ApplicationEventPublisher events;

	ContactService(Neo4jClient neo4j, CypherQueries queries, ContactRules rules, ContactReader reader,
			CustomFields customFields, ContactWrites writes, Interactions interactions,
			ApplicationEventPublisher events) {
		this.interactions = interactions;
		this.events = events;
		this.neo4j = neo4j;
		this.queries = queries;
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
		boolean changed = neo4j.query(queries.get("contact/set-archived"))
			.bindAll(Map.of("id", id, "archived", archived, "now", now()))
			.fetch()
			.one()
			.isPresent();
		if (!changed) {
			throw new UserErrorsException(missingOrErased(id));
		}
		events.publishEvent(ContactsChanged.ids(ContactsChanged.Change.STATE, List.of(id)));
		return reader.find(id).orElseThrow();
	}

	@Transactional
	String delete(String id) {
		List<String> anchors = neo4j.query(queries.get("contact/anchors"))
			.bind(id)
			.to("id")
			.fetchAs(List.class)
			.mappedBy((t, r) -> r.get("anchors").asList(v -> v.asString()))
			.one()
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + id, "id")));
		if (!anchors.isEmpty()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.IN_USE,
					"This contact anchors " + String.join(", ", anchors).toLowerCase()
							+ " and cannot be deleted; archive it instead (archiveContact), or erase it for privacy",
					"id"));
		}
		neo4j.query(queries.get("contact/delete"))
			.bind(id)
			.to("id")
			.fetchAs(ContactRemoved.class)
			.mappedBy((t, r) -> ContactRemoved.of(r.asMap()))
			.all()
			.forEach(events::publishEvent);
		return id;
	}

	@Transactional
	Contact erase(String id) {
		Contact current = reader.find(id)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + id, "id")));
		if (current.erased()) {
			return current;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("now", now());
		params.put("personal", List.copyOf(PERSONAL));
		params.put("nameKey", "\uffff\u0001\u0001" + id);
		params.put("contactedKey", ContactRules.newestFirstKey(null, id));
		record Erased(String elementId, List<String> removedActivity) {
		}
		neo4j.query(queries.get("contact/erase"))
			.bindAll(params)
			.fetchAs(Erased.class)
			.mappedBy((t, r) -> new Erased(r.get("elementId").asString(), r.get("removedActivity").asList(v -> v.asString())))
			.one()
			.ifPresent(erased -> {
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
		boolean changed = neo4j.query(queries.get("contact/set-do-not-contact"))
			.bindAll(Map.of("id", id, "doNotContact", doNotContact, "now", now()))
			.fetch()
			.one()
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
		return neo4j.query(queries.get("contact/define-custom-field"))
			.bindAll(Map.of("key", next.key(), "label", next.label(), "type", next.type().name(), "options", next.options(),
					"recurring", next.recurring()))
			.fetchAs(CustomFields.Definition.class)
			.mappedBy((t, r) -> CustomFields.Definition.of(r))
			.one()
			.orElseThrow();
	}

	/** Rewrites stored values in the new type, or refuses the change if any does not convert. */
	private void convertExistingValues(CustomFields.Definition previous, CustomFields.Definition next) {
		if (previous.type().equals(next.type()) && previous.options().equals(next.options())) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		neo4j.query(queries.get("contact/custom-field-values"))
			.bind(previous.property())
			.to("property")
			.fetch()
			.all()
			.forEach(row -> {
				String text = customFields.toText(previous, row.get("value"));
				customFields.toStored(next, text).ifPresentOrElse(
						v -> rows.add(Map.of("id", row.get("id"), "value", v)), () -> failures.add(text));
			});
		if (!failures.isEmpty()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INCOMPATIBLE_CUSTOM_FIELD_CHANGE, failures.size()
					+ " stored value(s) cannot become " + next.type() + ", for example '" + failures.getFirst() + "'",
					"type"));
		}
		neo4j.query(queries.get("contact/rewrite-custom-field-values"))
			.bindAll(Map.of("property", previous.property(), "rows", rows))
			.run();
	}

	/** The contact as it stands under its write lock, if it is at the version the caller read. */
	private Contact lockAndCheckVersion(String id, Integer expectedVersion) {
		Contact current = neo4j.query(queries.get("contact/lock"))
			.bindAll(Map.of("id", id, "txId", UUID.randomUUID().toString()))
			.fetchAs(Contact.class)
			.mappedBy((t, r) -> reader.fromRecord(r.get("contact").asMap()))
			.one()
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
		Map<String, Object> params = new HashMap<>();
		params.put("emails", List.copyOf(write.emailKeys()));
		params.put("phones", List.copyOf(write.phoneKeys()));
		params.put("exceptId", exceptId);
		List<UserError> errors = neo4j.query(queries.get("contact/possible-duplicates"))
			.bindAll(params)
			.fetch()
			.all()
			.stream()
			.map(row -> new UserError(List.of("input", "email".equals(row.get("matchedBy")) ? "emails" : "phones"),
					UserErrorCode.POSSIBLE_DUPLICATE,
					"Contact " + row.get("id") + " (" + row.get("displayName") + ") has the same " + row.get("matchedBy")
							+ " " + row.get("value") + "; pass allowDuplicate: true to create anyway"))
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

	private UserError missingOrErased(String id) {
		return reader.find(id).isPresent() ? UserError.of(UserErrorCode.ERASED, "The contact was erased", "id")
				: UserError.of(UserErrorCode.NOT_FOUND, "No contact " + id, "id");
	}

	static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
