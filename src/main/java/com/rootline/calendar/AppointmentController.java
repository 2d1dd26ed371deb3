package com.rootline.calendar;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;
import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.calendar.Appointments.AppointmentInput;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code Appointment} type: appointments, their occurrences and conflicts. */
@Controller
class AppointmentController {

	private final Appointments appointments;

	private final AgentReader agents;

	private final ContactReader contacts;

	AppointmentController(Appointments appointments, AgentReader agents, ContactReader contacts) {
		this.appointments = appointments;
		this.agents = agents;
		this.contacts = contacts;
	}

	record AppointmentPayload(Appointment appointment, List<Appointments.Conflict> conflicts,
			List<UserError> userErrors) {
	}

	record CancelAppointmentInput(String id) {
	}

	record CancelAppointmentPayload(String cancelledId, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	Appointment appointment(@Argument String id) {
		return appointments.findAll(List.of(id)).get(id);
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	List<Occurrences.Occurrence> appointments(@Argument String agentId, @Argument OffsetDateTime from,
			@Argument OffsetDateTime to) {
		if (!to.isAfter(from) || ChronoUnit.DAYS.between(from, to) > 366) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "to: after from and at most 366 days later");
		}
		return appointments.occurrences(List.of(agentId), from.atZoneSameInstant(ZoneOffset.UTC),
				to.atZoneSameInstant(ZoneOffset.UTC));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	AppointmentPayload createAppointment(@Argument AppointmentInput input) {
		return Payloads.attempt(() -> appointments.create(input),
				s -> new AppointmentPayload(s.appointment(), s.conflicts(), List.of()),
				errors -> new AppointmentPayload(null, List.of(), errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	AppointmentPayload updateAppointment(@Argument AppointmentInput input) {
		return Payloads.attempt(() -> appointments.update(input),
				s -> new AppointmentPayload(s.appointment(), s.conflicts(), List.of()),
				errors -> new AppointmentPayload(null, List.of(), errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	CancelAppointmentPayload cancelAppointment(@Argument CancelAppointmentInput input) {
		return Payloads.attempt(() -> appointments.cancel(input.id()),
				id -> new CancelAppointmentPayload(id, List.of()), errors -> new CancelAppointmentPayload(null, errors));
	}

	@SchemaMapping(typeName = "Appointment", field = "timeZone")
	@PreAuthorize("hasRole('VIEWER')")
	String timeZone(Appointment a) {
		return a.timeZone();
	}

	@BatchMapping(typeName = "Appointment")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Appointment, List<Agent>> agents(List<Appointment> list) {
		Map<String, Agent> found = agents.findAll(list.stream().flatMap(a -> a.agentIds().stream()).distinct().toList());
		Map<Appointment, List<Agent>> result = new HashMap<>();
		list.forEach(a -> result.put(a, a.agentIds().stream().map(found::get).filter(x -> x != null).toList()));
		return result;
	}

	@BatchMapping(typeName = "Appointment")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Appointment, List<Contact>> contacts(List<Appointment> list) {
		Map<String, Contact> found = contacts.findAll(list.stream().flatMap(a -> a.contactIds().stream()).distinct().toList());
		Map<Appointment, List<Contact>> result = new HashMap<>();
		list.forEach(a -> result.put(a, a.contactIds().stream().map(found::get).filter(x -> x != null).toList()));
		return result;
	}

	@SchemaMapping(typeName = "AppointmentConflict", field = "agent")
	@PreAuthorize("hasRole('VIEWER')")
	Agent conflictAgent(Appointments.Conflict conflict) {
		return agents.find(conflict.agentId()).orElse(null);
	}

	@SchemaMapping(typeName = "AppointmentConflict", field = "message")
	@PreAuthorize("hasRole('VIEWER')")
	String conflictMessage(Appointments.Conflict conflict) {
		return "Overlaps \"" + conflict.with().appointment().title() + "\" at " + conflict.with().startsAt()
				+ " for this attendee";
	}

}
