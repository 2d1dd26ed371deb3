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
import com.rootline.graph.Statements;
import graphql.schema.DataFetchingEnvironment;
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

	private final Statements statements;

	private final Parties parties;

	private final ContactReader contacts;

	private final ApiLimits limits;

	private final ReferralReports reports;

	record ChildrenKey(String contactId, int first, String after, ContactReader.Depth depth) {
	}

	static final String ANCESTRY = "contactAncestry";

	record AncestryKey(String contactId, ContactReader.Depth depth) {
	}

	private record ContactIds(List<String> contactIds) {
	}

	/** A contact's origin, current or (in the history) ended. */
	private record OriginRow(String contactId, String referrerId, Referral.Edge referral) {
	}

	private record ChainQuery(List<String> contactIds, boolean withParties) {
	}

	/** A contact's ancestor ids, nearest first, and with them, when asked, the ancestors' own properties. */
	private record ChainRow(String contactId, List<String> ancestors, List<Map<String, Object>> parties) {
	}

	private record PageKey(String contactId, String after) {
	}

	private record ChildrenQuery(List<PageKey> keys, int limit) {
	}

	private record Child(String id, String k) {
	}

	/** A page of children asked for: whose, after which key, how many. */
	private record PageOf(String contactId, String after, int first) {
	}

	private record ChildrenRow(String contactId, String after, List<Child> page, long total) {
	}

	ContactReferrals(Statements statements, Parties parties, ContactReader contacts, ApiLimits limits,
			ReferralReports reports, BatchLoaderRegistry registry) {
		this.statements = statements;
		this.reports = reports;
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
		Map<String, List<OriginRow>> rows = new HashMap<>();
		Set<String> partyIds = new HashSet<>();
		statements.all("referral/history", new ContactIds(list.stream().map(Contact::id).toList()), OriginRow.class)
			.forEach(r -> {
				rows.computeIfAbsent(r.contactId(), k -> new ArrayList<>()).add(r);
				partyIds.add(r.referrerId());
			});
		Map<String, Object> loaded = parties.load(partyIds);
		Map<Contact, List<Referral>> result = new HashMap<>();
		for (Contact c : list) {
			result.put(c, rows.getOrDefault(c.id(), List.of())
				.stream()
				.map(r -> Referral.of(c.id(), r.referral(), loaded.get(r.referrerId())))
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
		Map<String, OriginRow> rows = new HashMap<>();
		statements.all("referral/origins", new ContactIds(list.stream().map(Contact::id).toList()), OriginRow.class)
			.forEach(r -> rows.put(r.contactId(), r));
		Map<String, Object> loaded = parties.load(rows.values().stream().map(OriginRow::referrerId).toList());
		Map<Contact, Referral> result = new HashMap<>();
		for (Contact c : list) {
			OriginRow r = rows.get(c.id());
			if (r != null) {
				result.put(c, Referral.of(c.id(), r.referral(), loaded.get(r.referrerId())));
			}
		}
		return result;
	}

	/** Each contact's ancestor ids, nearest first, and with {@code withParties} the parties of all the chains. */
	private record Chains(Map<String, List<String>> ids, List<Map<String, Object>> parties) {
	}

	private Chains chains(List<String> contactIds, boolean withParties) {
		Chains chains = new Chains(new HashMap<>(), new ArrayList<>());
		statements.all("referral/ancestry", new ChainQuery(contactIds.stream().distinct().toList(), withParties),
				ChainRow.class)
			.forEach(r -> {
				chains.ids().put(r.contactId(), r.ancestors());
				chains.parties().addAll(r.parties());
			});
		return chains;
	}

	private Map<ChildrenKey, Connection<Contact>> children(Set<ChildrenKey> keys) {
		Map<PageOf, ChildrenRow> rows = new HashMap<>();
		Set<String> childIds = new HashSet<>();
		// One query per page size asked for; a response normally asks for one.
		Map<Integer, List<ChildrenKey>> bySize = new HashMap<>();
		keys.forEach(k -> bySize.computeIfAbsent(k.first(), f -> new ArrayList<>()).add(k));
		bySize.forEach((size, group) -> {
			List<PageKey> asked = group.stream().map(k -> new PageKey(k.contactId(), k.after())).distinct().toList();
			statements.all("referral/children-pages", new ChildrenQuery(asked, size + 1), ChildrenRow.class)
				.forEach(r -> {
					rows.put(new PageOf(r.contactId(), r.after(), size), r);
					r.page().forEach(child -> childIds.add(child.id()));
				});
		});
		Map<String, Contact> loaded = contacts.findAll(childIds, deepest(keys.stream().map(ChildrenKey::depth)));
		Map<ChildrenKey, Connection<Contact>> result = new LinkedHashMap<>();
		for (ChildrenKey key : keys) {
			ChildrenRow row = rows.get(new PageOf(key.contactId(), key.after(), key.first()));
			Map<String, String> sortKeys = new HashMap<>();
			List<Contact> children = new ArrayList<>();
			for (Child entry : row == null ? List.<Child>of() : row.page()) {
				Contact child = loaded.get(entry.id());
				if (child != null) {
					children.add(child);
					sortKeys.put(child.id(), entry.k());
				}
			}
			long total = row == null ? 0 : row.total();
			result.put(key, Connection.of(children, new PageRequest(key.first(), key.after()),
					c -> Cursors.encode(sortKeys.get(c.id())), total));
		}
		return result;
	}

}
