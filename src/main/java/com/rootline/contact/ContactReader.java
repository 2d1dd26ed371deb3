package com.rootline.contact;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.rootline.api.PartialDate;
import com.rootline.graph.CypherQueries;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads contacts, one at a time or a whole batch in one query; other features use it to show contacts.
 * <p>
 * A read of one statement by id opens no transaction of its own: inside a writer's transaction it
 * reads that transaction's writes, and otherwise it runs as an auto-commit statement. An explicit
 * read transaction around it would add two round trips to the database (begin and commit), which
 * measured as about a fifth of a point query's time; a batch by id is bounded, so it needs no
 * transaction timeout either. See {@code QueryCountTest#aContactByIdIsOneStatementWithoutATransaction}.
 */
@Component
public class ContactReader {

	/** Contact fields that {@code contact/by-ids} reads from related nodes. */
	private static final List<String> RELATED_FIELDS = List.of("phones", "emails", "addresses", "groups", "tags");

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final CustomFields customFields;

	ContactReader(Neo4jClient neo4j, CypherQueries queries, CustomFields customFields) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.customFields = customFields;
	}

	public Optional<Contact> find(String id) {
		return Optional.ofNullable(findAll(List.of(id)).get(id));
	}

	/** The contacts with these ids that exist, keyed by id, in the order asked. */
	public Map<String, Contact> findAll(Collection<String> ids) {
		return findAll(ids, Depth.FULL);
	}

	/**
	 * The contacts with these ids that exist, keyed by id, in the order asked. At {@link Depth#OWN}
	 * their phones, e-mails, addresses, groups and tags are left empty: only for callers that
	 * know none of those will be shown.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Contact> findAll(Collection<String> ids, Depth depth) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		String query = depth == Depth.OWN ? "contact/own-by-ids" : "contact/by-ids";
		List<Map<String, Object>> rows = List.copyOf(neo4j.query(queries.get(query))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("contact").asMap())
			.all()
			.stream()
			.map(m -> (Map<String, Object>) m)
			.toList());
		Map<String, Contact> found = new LinkedHashMap<>();
		fromRecords(rows).forEach(c -> found.put(c.id(), c));
		Map<String, Contact> ordered = new LinkedHashMap<>();
		ids.forEach(id -> {
			if (found.containsKey(id)) {
				ordered.put(id, found.get(id));
			}
		});
		return ordered;
	}

	/** A contact as a query returned it (see {@link #fromRecords}). */
	public Contact fromRecord(Map<String, Object> record) {
		return fromRecords(List.of(record)).getFirst();
	}

	/**
	 * Contacts as a query returned them: their nodes' own properties ({@code c {.*}}, what
	 * {@link Depth#OWN} reads), or whole records ({@code contact/_return-record}).
	 */
	public List<Contact> fromRecords(List<Map<String, Object>> properties) {
		// Definitions are needed only to show custom values; most pages of contacts have none.
		boolean anyCustom = properties.stream()
			.anyMatch(m -> m.keySet().stream().anyMatch(k -> k.startsWith(CustomFields.PREFIX)));
		Map<String, CustomFields.Definition> defs = anyCustom ? customFields.byKey() : Map.of();
		return properties.stream().map(m -> toContact(m, defs)).toList();
	}

	/**
	 * The depth the field being fetched needs for the contacts at {@code path} below it (such as
	 * {@code "edges/node/contact"}): OWN unless its selection asks for a field read from related
	 * nodes, through fragments too. Reads the query's syntax tree: graphql-java's selection-set API
	 * normalises the whole operation first, which a profile showed costing more than the answer saves.
	 * A field under a false {@code @include} still counts, so the answer errs towards reading more.
	 */
	public static Depth depthFor(DataFetchingEnvironment env, String path) {
		Map<String, FragmentDefinition> fragments = env.getFragmentsByName();
		List<SelectionSet> level = env.getMergedField().getFields().stream().map(Field::getSelectionSet).toList();
		for (String name : path.isEmpty() ? new String[0] : path.split("/")) {
			level = fields(level, fragments).filter(f -> f.getName().equals(name)).map(Field::getSelectionSet).toList();
		}
		return fields(level, fragments).anyMatch(f -> RELATED_FIELDS.contains(f.getName())) ? Depth.FULL : Depth.OWN;
	}

	private static Stream<Field> fields(List<SelectionSet> sets, Map<String, FragmentDefinition> fragments) {
		return sets.stream().filter(Objects::nonNull).flatMap(set -> set.getSelections().stream()).flatMap(s -> switch (s) {
			case Field field -> Stream.of(field);
			case InlineFragment inline -> fields(List.of(inline.getSelectionSet()), fragments);
			case FragmentSpread spread -> fields(List.of(fragments.get(spread.getName()).getSelectionSet()), fragments);
			default -> Stream.empty();
		});
	}

	/** How much of a contact to read. */
	public enum Depth {

		/** The contact node's own properties. */
		OWN,

		/** Also the phones, e-mails, addresses, groups and tags that hang off it. */
		FULL

	}

	/** A contact from a record's map, part by part; lists a query left out read as empty. */
	private Contact toContact(Map<String, Object> m, Map<String, CustomFields.Definition> defs) {
		Contact.Name name = new Contact.Name(text(m, "prefix"), text(m, "firstName"), text(m, "middleName"),
				text(m, "lastName"), text(m, "suffix"), text(m, "nickname"),
				m.containsKey("displayName") ? text(m, "displayName") : "(no name)");
		Contact.Reach reach = new Contact.Reach(
				maps(m, "phones").stream()
					.map(p -> new Contact.Phone(Contact.PhoneType.fromLabel(text(p, "type")), text(p, "number"),
							text(p, "e164")))
					.toList(),
				maps(m, "emails").stream()
					.map(e -> new Contact.Email(Contact.EmailType.fromLabel(text(e, "type")), text(e, "address")))
					.toList(),
				maps(m, "addresses").stream()
					.map(a -> new Contact.PostalAddress(Contact.AddressType.fromLabel(text(a, "type")), texts(a, "lines"),
							text(a, "city"), text(a, "region"), text(a, "postalCode"), text(a, "country")))
					.toList(),
				m.get("doNotContactAt") != null);
		List<String> childNames = texts(m, "childNames");
		List<String> childBirthdays = texts(m, "childBirthdays");
		List<Contact.Child> children = new java.util.ArrayList<>();
		for (int i = 0; i < childNames.size(); i++) {
			String birthday = i < childBirthdays.size() ? childBirthdays.get(i) : "";
			children.add(new Contact.Child(childNames.get(i), birthday.isEmpty() ? null : PartialDate.parse(birthday)));
		}
		String spouseName = text(m, "spouseName");
		String spouseBirthday = text(m, "spouseBirthday");
		Contact.Spouse spouse = (spouseName == null && spouseBirthday == null) ? null
				: new Contact.Spouse(spouseName, date(spouseBirthday));
		Contact.Personal personal = new Contact.Personal(date(text(m, "birthday")), date(text(m, "anniversary")),
				spouse, children, texts(m, "hobbies"));
		List<Contact.CustomFieldValue> custom = m.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(CustomFields.PREFIX) && e.getValue() != null)
			.map(e -> {
				CustomFields.Definition def = defs.get(e.getKey().substring(CustomFields.PREFIX.length()));
				return def == null ? null
						: new Contact.CustomFieldValue(def.key(), def.type(), customFields.toText(def, e.getValue()));
			})
			.filter(Objects::nonNull)
			.sorted(java.util.Comparator.comparing(Contact.CustomFieldValue::key))
			.toList();
		String level = text(m, "statusLevel");
		Contact.Filing filing = new Contact.Filing(texts(m, "groups"), texts(m, "tags"),
				Boolean.TRUE.equals(m.get("active")), level == null ? null : Contact.StatusLevel.valueOf(level),
				text(m, "contactType"), custom);
		ZonedDateTime createdAt = time(m, "createdAt");
		ZonedDateTime updatedAt = time(m, "updatedAt");
		Contact.History history = new Contact.History(m.get("archivedAt") != null, m.get("erasedAt") != null,
				createdAt, updatedAt == null ? createdAt : updatedAt, (Long) m.get("version"), time(m, "lastContactedAt"));
		return new Contact(text(m, "id"), name, reach, personal, new Contact.Work(text(m, "jobTitle"), text(m, "company")),
				filing, history);
	}

	private static String text(Map<String, Object> m, String key) {
		return (String) m.get(key);
	}

	private static ZonedDateTime time(Map<String, Object> m, String key) {
		return (ZonedDateTime) m.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<String> texts(Map<String, Object> m, String key) {
		return (List<String>) m.getOrDefault(key, List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Map<String, Object> m, String key) {
		return (List<Map<String, Object>>) m.getOrDefault(key, List.of());
	}

	private static PartialDate date(String text) {
		return text == null ? null : PartialDate.parse(text);
	}

}
