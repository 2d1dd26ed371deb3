package com.rootline.referral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.PageRequest;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.CypherQueries;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The referral fields of {@code Contact}. Asked for on a list of contacts, each field costs one
 * query for the whole list (plus one to load the parties it names, which an ancestry of own fields
 * reads with its chain), never one per contact.
 */
@Controller
class ContactReferrals {

	static final String CHILDREN = "contactReferrals";

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final Parties parties;

	private final ContactReader contacts;

	private final ApiLimits limits;

	private final ReferralReports reports;

	record ChildrenKey(String contactId, int first, String after, ContactReader.Depth depth) {
	}

	static final String ANCESTRY = "contactAncestry";

	record AncestryKey(String contactId, ContactReader.Depth depth) {
	}

	ContactReferrals(Neo4jClient neo4j, CypherQueries queries, Parties parties, ContactReader contacts,
			ApiLimits limits, ReferralReports reports, BatchLoaderRegistry registry) {
		this.neo4j = neo4j;
		this.reports = reports;
		this.queries = queries;
		this.parties = parties;
		this.contacts = contacts;
		this.limits = limits;
		registry.<ChildrenKey, Connection<Contact>>forName(CHILDREN)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> children(keys)));
		registry.<AncestryKey, List<Object>>forName(ANCESTRY)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> ancestries(keys)));
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, ReferralReports.SubtreeSummary> subtree(List<Contact> list) {
		Map<String, ReferralReports.SubtreeSummary> byId = reports
			.subtreeSummaries(list.stream().map(Contact::id).toList());
		Map<Contact, ReferralReports.SubtreeSummary> result = new HashMap<>();
		list.forEach(c -> {
			if (byId.get(c.id()) != null) {
				result.put(c, byId.get(c.id()));
			}
		});
		return result;
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, Referral> referral(List<Contact> list) {
		return origins(list);
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, Object> referredBy(List<Contact> list) {
		Map<Contact, Object> result = new HashMap<>();
		origins(list).forEach((contact, referral) -> result.put(contact, referral.referrer()));
		return result;
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, List<Referral>> referralHistory(List<Contact> list) {
		Map<String, List<Map<String, Object>>> rows = new HashMap<>();
		Set<String> partyIds = new HashSet<>();
		neo4j.query(queries.get("referral/history"))
			.bind(list.stream().map(Contact::id).toList())
			.to("contactIds")
			.fetch()
			.all()
			.forEach(r -> {
				rows.computeIfAbsent((String) r.get("contactId"), k -> new ArrayList<>()).add(r);
				partyIds.add((String) r.get("referrerId"));
			});
		Map<String, Object> loaded = parties.load(partyIds);
		Map<Contact, List<Referral>> result = new HashMap<>();
		for (Contact c : list) {
			result.put(c, rows.getOrDefault(c.id(), List.of())
				.stream()
				.map(r -> Referral.of(c.id(), asMap(r.get("referral")), loaded.get((String) r.get("referrerId"))))
				.toList());
		}
		return result;
	}

	/** The chain up to the root, batched, reading only the contacts' own properties unless more is asked for. */
	@SchemaMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	CompletableFuture<List<Object>> ancestry(Contact contact, DataFetchingEnvironment env) {
		return env.<AncestryKey, List<Object>>getDataLoader(ANCESTRY)
			.load(new AncestryKey(contact.id(), ContactReader.depthFor(env, "")));
	}

	/**
	 * The chains of a batch. When no contact in them needs more than its own properties, the chain
	 * query returns the parties too: one statement, where loading them took up to three more
	 * (contacts, agents, outlets).
	 */
	private Map<AncestryKey, List<Object>> ancestries(Set<AncestryKey> keys) {
		ContactReader.Depth depth = deepest(keys.stream().map(AncestryKey::depth));
		boolean withParties = depth == ContactReader.Depth.OWN;
		Chains chains = chains(keys.stream().map(AncestryKey::contactId).toList(), withParties);
		Map<String, Object> loaded;
		if (withParties) {
			loaded = parties.fromNodes(chains.parties());
		}
		else {
			Set<String> all = new HashSet<>();
			chains.ids().values().forEach(all::addAll);
			loaded = parties.load(all, depth);
		}
		Map<AncestryKey, List<Object>> result = new HashMap<>();
		for (AncestryKey key : keys) {
			result.put(key, chains.ids().getOrDefault(key.contactId(), List.of()).stream().map(loaded::get).toList());
		}
		return result;
	}

	/** FULL if any of the batch's fields asked for it. */
	private static ContactReader.Depth deepest(java.util.stream.Stream<ContactReader.Depth> depths) {
		return depths.anyMatch(d -> d == ContactReader.Depth.FULL) ? ContactReader.Depth.FULL : ContactReader.Depth.OWN;
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, Object> originalSource(List<Contact> list) {
		Map<String, List<String>> chains = chains(list.stream().map(Contact::id).toList(), false).ids();
		Set<String> roots = new HashSet<>();
		chains.values().forEach(chain -> {
			if (!chain.isEmpty()) {
				roots.add(chain.getLast());
			}
		});
		Map<String, Object> loaded = parties.load(roots);
		Map<Contact, Object> result = new HashMap<>();
		for (Contact c : list) {
			List<String> chain = chains.getOrDefault(c.id(), List.of());
			result.put(c, chain.isEmpty() ? c : loaded.get(chain.getLast()));
		}
		return result;
	}

	@SchemaMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	CompletableFuture<Connection<Contact>> referrals(Contact contact, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(first, after, limits);
		String afterKey = page.after() == null ? null : Cursors.decode(page.after(), 1).getFirst();
		return env.<ChildrenKey, Connection<Contact>>getDataLoader(CHILDREN)
			.load(new ChildrenKey(contact.id(), page.first(), afterKey, ContactReader.depthFor(env, "edges/node")));
	}

	/** The current origin of each contact that has one. */
	Map<Contact, Referral> origins(List<Contact> list) {
		Map<String, Map<String, Object>> rows = new HashMap<>();
		neo4j.query(queries.get("referral/origins"))
			.bind(list.stream().map(Contact::id).toList())
			.to("contactIds")
			.fetch()
			.all()
			.forEach(r -> rows.put((String) r.get("contactId"), r));
		Map<String, Object> loaded = parties.load(rows.values().stream().map(r -> (String) r.get("referrerId")).toList());
		Map<Contact, Referral> result = new HashMap<>();
		for (Contact c : list) {
			Map<String, Object> r = rows.get(c.id());
			if (r != null) {
				result.put(c, Referral.of(c.id(), asMap(r.get("referral")), loaded.get((String) r.get("referrerId"))));
			}
		}
		return result;
	}

	/** Each contact's ancestor ids, nearest first, and with {@code withParties} the parties of all the chains. */
	private record Chains(Map<String, List<String>> ids, List<Map<String, Object>> parties) {
	}

	@SuppressWarnings("unchecked")
	private Chains chains(List<String> contactIds, boolean withParties) {
		Chains chains = new Chains(new HashMap<>(), new ArrayList<>());
		neo4j.query(queries.get("referral/ancestry"))
			.bindAll(Map.of("contactIds", contactIds.stream().distinct().toList(), "withParties", withParties))
			.fetch()
			.all()
			.forEach(r -> {
				chains.ids().put((String) r.get("contactId"), asList(r.get("ancestors")));
				if (withParties) {
					chains.parties().addAll((List<Map<String, Object>>) r.get("parties"));
				}
			});
		return chains;
	}

	private Map<ChildrenKey, Connection<Contact>> children(Set<ChildrenKey> keys) {
		Map<List<Object>, Map<String, Object>> rows = new HashMap<>();
		Set<String> childIds = new HashSet<>();
		// One query per page size asked for; a response normally asks for one.
		Map<Integer, List<ChildrenKey>> bySize = new HashMap<>();
		keys.forEach(k -> bySize.computeIfAbsent(k.first(), f -> new ArrayList<>()).add(k));
		bySize.forEach((size, group) -> {
			List<Map<String, Object>> params = group.stream().map(k -> {
				Map<String, Object> m = new HashMap<>();
				m.put("contactId", k.contactId());
				m.put("after", k.after());
				return m;
			}).toList();
			neo4j.query(queries.get("referral/children-pages"))
				.bindAll(Map.of("keys", params, "limit", size + 1))
				.fetch()
				.all()
				.forEach(r -> {
					rows.put(java.util.Arrays.asList(r.get("contactId"), r.get("after"), size), r);
					asList(r.get("page")).forEach(p -> childIds.add((String) asMap(p).get("id")));
				});
		});
		Map<String, Contact> loaded = contacts.findAll(childIds, deepest(keys.stream().map(ChildrenKey::depth)));
		Map<ChildrenKey, Connection<Contact>> result = new LinkedHashMap<>();
		for (ChildrenKey key : keys) {
			Map<String, Object> row = rows.get(java.util.Arrays.asList(key.contactId(), key.after(), key.first()));
			List<Object> page = row == null ? List.of() : asList(row.get("page"));
			Map<String, String> sortKeys = new HashMap<>();
			List<Contact> children = new ArrayList<>();
			for (Object p : page) {
				Map<String, Object> entry = asMap(p);
				Contact child = loaded.get((String) entry.get("id"));
				if (child != null) {
					children.add(child);
					sortKeys.put(child.id(), (String) entry.get("k"));
				}
			}
			long total = row == null ? 0 : (Long) row.get("total");
			result.put(key, Connection.of(children, new PageRequest(key.first(), key.after()),
					c -> Cursors.encode(sortKeys.get(c.id())), total));
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> asList(Object value) {
		return (List<T>) value;
	}

}
