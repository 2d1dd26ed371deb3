package com.rootline.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.TimeZones;
import com.rootline.api.UserError;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.contact.Interaction;
import com.rootline.task.TaskPages.TaskFilter;
import com.rootline.task.TaskService.AssignTaskInput;
import com.rootline.task.TaskService.CompleteTaskInput;
import com.rootline.task.TaskService.CreateTaskInput;
import com.rootline.task.TaskService.RescheduleTaskInput;
import com.rootline.task.TaskService.SnoozeTaskInput;
import com.rootline.task.TaskService.UpdateTaskInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code Task} type: the lists, the task mutations, and a task's assignee and contact. */
@Controller
class TaskController {

	private final TaskService service;

	private final TaskPages pages;

	private final Tasks tasks;

	private final AgentReader agents;

	private final ContactReader contacts;

	private final TimeZones zones;

	private final ApiLimits limits;

	TaskController(TaskService service, TaskPages pages, Tasks tasks, AgentReader agents, ContactReader contacts,
			TimeZones zones, ApiLimits limits) {
		this.service = service;
		this.pages = pages;
		this.tasks = tasks;
		this.agents = agents;
		this.contacts = contacts;
		this.zones = zones;
		this.limits = limits;
	}

	record TaskPayload(Task task, List<UserError> userErrors) {

		static TaskPayload ok(Task task) {
			return new TaskPayload(task, List.of());
		}

		static TaskPayload failed(List<UserError> errors) {
			return new TaskPayload(null, errors);
		}

	}

	record CompleteTaskPayload(Task task, Interaction interaction, List<UserError> userErrors) {
	}

	record DeleteTaskPayload(String deletedId, List<UserError> userErrors) {
	}

	record IdInput(String id) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	Task task(@Argument String id) {
		return tasks.findAll(List.of(id)).get(id);
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	Connection<Task> tasks(@Argument TaskFilter filter, @Argument Integer first, @Argument String after) {
		String assignee = filter == null ? null : filter.assigneeId();
		return pages.find(filter, PageRequest.of(first, after, limits), today(assignee));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	TaskPayload createTask(@Argument CreateTaskInput input) {
		return Payloads.attempt(() -> service.create(input), TaskPayload::ok,
				TaskPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	TaskPayload updateTask(@Argument UpdateTaskInput input) {
		return Payloads.attempt(() -> service.update(input), TaskPayload::ok,
				TaskPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	TaskPayload assignTask(@Argument AssignTaskInput input) {
		return Payloads.attempt(() -> service.assign(input), TaskPayload::ok,
				TaskPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	TaskPayload rescheduleTask(@Argument RescheduleTaskInput input) {
		return Payloads.attempt(() -> service.reschedule(input), TaskPayload::ok,
				TaskPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	TaskPayload snoozeTask(@Argument SnoozeTaskInput input) {
		return Payloads.attempt(() -> {
			Task task = tasks.findAll(List.of(input.id())).get(input.id());
			return service.snooze(input, today(task == null ? null : task.assigneeId()));
		}, TaskPayload::ok, TaskPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	CompleteTaskPayload completeTask(@Argument CompleteTaskInput input) {
		return Payloads.attempt(() -> service.complete(input),
				done -> new CompleteTaskPayload(done.task(), done.interaction(), List.of()),
				errors -> new CompleteTaskPayload(null, null, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	TaskPayload reopenTask(@Argument IdInput input) {
		return Payloads.attempt(() -> service.reopen(input.id()), TaskPayload::ok,
				TaskPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	DeleteTaskPayload deleteTask(@Argument IdInput input) {
		return Payloads.attempt(() -> service.delete(input.id()),
				id -> new DeleteTaskPayload(id, List.of()), errors -> new DeleteTaskPayload(null, errors));
	}

	@BatchMapping(typeName = "Task")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Task, Agent> assignee(List<Task> list) {
		Map<String, Agent> found = agents.findAll(ids(list.stream().map(Task::assigneeId).toList()));
		Map<Task, Agent> result = new HashMap<>();
		list.stream().filter(t -> t.assigneeId() != null && found.containsKey(t.assigneeId())).forEach(t -> result.put(t, found.get(t.assigneeId())));
		return result;
	}

	@BatchMapping(typeName = "Task")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Task, Contact> contact(List<Task> list) {
		Map<String, Contact> found = contacts.findAll(ids(list.stream().map(Task::contactId).toList()));
		Map<Task, Contact> result = new HashMap<>();
		list.stream().filter(t -> t.contactId() != null && found.containsKey(t.contactId())).forEach(t -> result.put(t, found.get(t.contactId())));
		return result;
	}

	/** Overdue in the assignee's time zone: a task due today is not overdue in Honolulu when it is in Boston. */
	@BatchMapping(typeName = "Task")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Task, Boolean> overdue(List<Task> list) {
		Map<String, Agent> found = agents.findAll(ids(list.stream().map(Task::assigneeId).toList()));
		Map<Task, Boolean> result = new HashMap<>();
		for (Task t : list) {
			Agent a = t.assigneeId() == null ? null : found.get(t.assigneeId());
			result.put(t, t.overdueOn(zones.today(a == null ? null : a.zone(zones.deployment()))));
		}
		return result;
	}

	private LocalDate today(String agentId) {
		Agent agent = agentId == null ? null : agents.find(agentId).orElse(null);
		ZoneId zone = agent == null ? zones.deployment() : agent.zone(zones.deployment());
		return zones.today(zone);
	}

	private static List<String> ids(List<String> ids) {
		return ids.stream().filter(Objects::nonNull).distinct().toList();
	}

}
