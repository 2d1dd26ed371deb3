package com.rootline.deal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.task.Task;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code Deal} type, {@code Task.deal} and {@code Contact.deals}. */
@Controller
class DealController {

	private final DealService deals;

	private final ContactReader contacts;

	private final AgentReader agents;

	private final ApiLimits limits;

	private final DealPages pages;

	DealController(DealService deals, ContactReader contacts, AgentReader agents, ApiLimits limits,
			DealPages pages) {
		this.pages = pages;
		this.deals = deals;
		this.contacts = contacts;
		this.agents = agents;
		this.limits = limits;
	}

	record DealFilter(Deal.Stage stage, String kind, String agentId, String contactId, LocalDate closedFrom,
			LocalDate closedTo) {
	}

	record DealPayload(Deal deal, List<Task> tasksCreated, List<UserError> userErrors) {

		static DealPayload of(DealService.Change change) {
			return new DealPayload(change.deal(), change.tasks(), List.of());
		}

		static DealPayload failed(List<UserError> errors) {
			return new DealPayload(null, List.of(), errors);
		}

	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Deal deal(@Argument String id) {
		return deals.findAll(List.of(id)).get(id);
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Connection<Deal> deals(@Argument DealFilter filter, @Argument Integer first, @Argument String after) {
		return pages.find(filter, PageRequest.of(first, after, limits));
	}

	@BatchMapping(typeName = "Deal")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Deal, List<Contact>> contacts(List<Deal> list) {
		Set<String> ids = new HashSet<>();
		list.forEach(d -> ids.addAll(d.contactIds()));
		Map<String, Contact> found = contacts.findAll(ids);
		Map<Deal, List<Contact>> result = new HashMap<>();
		list.forEach(d -> result.put(d, d.contactIds().stream().map(found::get).filter(c -> c != null).toList()));
		return result;
	}

	@BatchMapping(typeName = "Deal")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Deal, Agent> agent(List<Deal> list) {
		Map<String, Agent> found = agents.findAll(list.stream().map(Deal::agentId).filter(a -> a != null).distinct().toList());
		Map<Deal, Agent> result = new HashMap<>();
		list.forEach(d -> {
			if (d.agentId() != null && found.containsKey(d.agentId())) {
				result.put(d, found.get(d.agentId()));
			}
		});
		return result;
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, List<Deal>> deals(List<Contact> list) {
		Map<String, List<String>> byContact = deals.dealIdsOf(list.stream().map(Contact::id).toList());
		Set<String> all = new HashSet<>();
		byContact.values().forEach(all::addAll);
		Map<String, Deal> found = deals.findAll(all);
		Map<Contact, List<Deal>> result = new HashMap<>();
		list.forEach(c -> result.put(c, byContact.getOrDefault(c.id(), List.of()).stream().map(found::get).toList()));
		return result;
	}

	@BatchMapping(typeName = "Task")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Task, Deal> deal(List<Task> list) {
		Map<String, Deal> found = deals.findAll(list.stream().map(Task::dealId).filter(d -> d != null).distinct().toList());
		Map<Task, Deal> result = new HashMap<>();
		list.forEach(t -> {
			if (t.dealId() != null && found.containsKey(t.dealId())) {
				result.put(t, found.get(t.dealId()));
			}
		});
		return result;
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	DealPayload createDeal(@Argument DealService.CreateDealInput input) {
		return Payloads.attempt(() -> deals.create(input), DealPayload::of,
				DealPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	DealPayload moveDealStage(@Argument DealService.MoveDealStageInput input) {
		return Payloads.attempt(() -> deals.move(input), DealPayload::of,
				DealPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	DealPayload closeDeal(@Argument DealService.CloseDealInput input) {
		return Payloads.attempt(() -> deals.close(input), DealPayload::of,
				DealPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	DealPayload loseDeal(@Argument DealService.LoseDealInput input) {
		return Payloads.attempt(() -> deals.lose(input), DealPayload::of,
				DealPayload::failed);
	}


}
