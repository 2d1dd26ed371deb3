package com.rootline.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;
import com.rootline.api.TimeZones;
import com.rootline.contact.ContactReader;
import com.rootline.task.Task;
import com.rootline.task.Tasks;
import com.rootline.today.ContactDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{secret}.ics}: an agent's calendar for calendar apps, which send no bearer
 * token (the secret is the credential). An unchanged calendar answers 304 to {@code If-None-Match},
 * so apps that poll every few minutes cost one read and no body.
 */
@RestController
class CalendarFeedEndpoint {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	/** The most open tasks one feed lists. */
	static final int MAX_TASKS = 5_000;

	private final CalendarFeeds feeds;

	private final Appointments appointments;

	private final Tasks tasks;

	private final ContactDates dates;

	private final ContactReader contacts;

	private final AgentReader agents;

	private final TimeZones zones;

	private final FeedWriter.Alarms alarms;

	CalendarFeedEndpoint(CalendarFeeds feeds, Appointments appointments, Tasks tasks, ContactDates dates,
			ContactReader contacts, AgentReader agents, TimeZones zones,
			@Value("${rootline.calendar.alarm-lead:15m}") Duration timedLead,
			@Value("${rootline.calendar.all-day-alarm:-15h}") Duration allDayTrigger) {
		this.feeds = feeds;
		this.appointments = appointments;
		this.tasks = tasks;
		this.dates = dates;
		this.contacts = contacts;
		this.agents = agents;
		this.zones = zones;
		this.alarms = new FeedWriter.Alarms(timedLead, allDayTrigger);
	}

	@GetMapping(path = "/calendar/{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		String agentId = feeds.agentOf(secret)
			.orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "No calendar at this address (it may have been revoked)"));
		Agent agent = agents.find(agentId).orElseThrow();
		ZoneId zone = agent.zone(zones.deployment());
		var today = zones.today(zone);
		var from = today.minusDays(FeedWriter.PAST_DAYS);
		var to = today.plusDays(FeedWriter.FUTURE_DAYS);
		List<Task> open = tasks.openOf(agentId, from, to, MAX_TASKS);
		List<ContactDates.Day> days = dates.between(agentId, from, to);
		Set<String> contactIds = new TreeSet<>();
		open.stream().map(Task::contactId).filter(id -> id != null).forEach(contactIds::add);
		days.forEach(d -> contactIds.add(d.contactId()));
		ZonedDateTime windowStart = from.atStartOfDay(zone);
		ZonedDateTime windowEnd = to.plusDays(1).atStartOfDay(zone);
		FeedWriter.Contents contents = new FeedWriter.Contents(agent.name() + " · Rootline", zone, today,
				appointments.occurrences(List.of(agentId), windowStart, windowEnd), open, days,
				contacts.findAll(contactIds, ContactReader.Depth.OWN));
		// The tag is a digest of what the feed is made of, so an unchanged calendar is answered 304
		// without writing the iCalendar text at all.
		String etag = "\"" + sha256(FeedWriter.digest(contents, alarms)) + "\"";
		CacheControl cache = CacheControl.noCache().cachePrivate();
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
		}
		return ResponseEntity.ok().contentType(TEXT_CALENDAR).eTag(etag).cacheControl(cache)
			.body(FeedWriter.write(contents, alarms));
	}

	private static String sha256(String body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 32);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
