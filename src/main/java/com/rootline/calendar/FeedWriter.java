package com.rootline.calendar;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import com.rootline.contact.Contact;
import com.rootline.task.Task;
import com.rootline.today.ContactDates;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes an agent's calendar as RFC 5545 iCalendar with ical4j. Timed events are written in UTC
 * and a series as its occurrences, so that no calendar app has to know Rootline's time-zone
 * definitions; tasks without a time and dates that matter are all-day events. Every event has a
 * display alarm. DTSTAMP is the start of the day, so an unchanged calendar is the same text (and
 * the same ETag) all day.
 */
final class FeedWriter {

	/** How far back and ahead a feed reaches. */
	static final int PAST_DAYS = 30;

	static final int FUTURE_DAYS = 365;

	private FeedWriter() {
	}

	/** What goes into one agent's feed. */
	record Contents(String name, ZoneId zone, LocalDate today, List<Occurrences.Occurrence> appointments,
			List<Task> tasks, List<ContactDates.Day> dates, Map<String, Contact> contacts) {
	}

	record Alarms(Duration timedLead, Duration allDayTrigger) {
	}

	static String write(Contents c, Alarms alarms) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Rootline//Rootline CRM//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", c.name()));
		calendar.add(new XProperty("X-WR-TIMEZONE", c.zone().getId()));
		DtStamp stamp = new DtStamp(c.today().atStartOfDay(ZoneOffset.UTC).toInstant());
		// One alarm of each kind, shared by every event: a feed holds thousands of events, and an
		// alarm is the same text under each of them.
		VAlarm timed = alarm(alarms.timedLead().negated());
		VAlarm allDay = alarm(alarms.allDayTrigger());
		for (Occurrences.Occurrence o : c.appointments()) {
			Appointment a = o.appointment();
			VEvent event = event(o.startsAt().toInstant(), o.endsAt().toInstant(), a.title(),
					"appointment-" + a.id() + "-" + o.startsAt().toInstant().getEpochSecond(), stamp);
			if (a.location() != null) {
				event.add(new Location(a.location()));
			}
			if (a.notes() != null) {
				event.add(new Description(a.notes()));
			}
			event.add(timed);
			calendar.add(event);
		}
		for (Task t : c.tasks()) {
			Contact contact = t.contactId() == null ? null : c.contacts().get(t.contactId());
			String title = kind(t.kind()) + t.title() + (contact == null ? "" : " (" + contact.displayName() + ")");
			VEvent event;
			if (t.dueTime() == null) {
				event = event(t.dueOn(), t.dueOn().plusDays(1), title, "task-" + t.id(), stamp);
				event.add(allDay);
			}
			else {
				Instant start = t.dueOn().atTime(t.dueTime()).atZone(c.zone()).toInstant();
				event = event(start, start.plus(Duration.ofMinutes(30)), title, "task-" + t.id(), stamp);
				event.add(timed);
			}
			if (t.message() != null || t.notes() != null) {
				event.add(new Description(t.notes() != null ? t.notes() : t.message()));
			}
			calendar.add(event);
		}
		for (ContactDates.Day d : c.dates()) {
			Contact contact = c.contacts().get(d.contactId());
			String title = (contact == null ? "" : contact.displayName() + ": ") + d.title();
			VEvent event = event(d.on(), d.on().plusDays(1), title,
					"date-" + Integer.toHexString(d.key().hashCode()) + "-" + d.on(), stamp);
			event.add(allDay);
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			// Not validated on every poll: CalendarFeedTest validates this writer's output strictly.
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * What the feed's text is made of, and nothing else (not a contact's version or a task's
	 * assignee): equal digests mean equal feeds, so the digest is the feed's ETag.
	 */
	static String digest(Contents c, Alarms alarms) {
		StringBuilder in = new StringBuilder().append(c.name()).append('|').append(c.zone()).append('|').append(c.today())
			.append('|').append(alarms);
		for (Occurrences.Occurrence o : c.appointments()) {
			Appointment a = o.appointment();
			in.append("\nA|").append(a.id()).append('|').append(o.startsAt().toInstant()).append('|')
				.append(o.endsAt().toInstant()).append('|').append(a.title()).append('|').append(a.location())
				.append('|').append(a.notes());
		}
		for (Task t : c.tasks()) {
			Contact contact = t.contactId() == null ? null : c.contacts().get(t.contactId());
			in.append("\nT|").append(t.id()).append('|').append(t.kind()).append('|').append(t.title()).append('|')
				.append(t.dueOn()).append('|').append(t.dueTime()).append('|').append(t.notes()).append('|')
				.append(t.message()).append('|').append(contact == null ? null : contact.displayName());
		}
		for (ContactDates.Day d : c.dates()) {
			Contact contact = c.contacts().get(d.contactId());
			in.append("\nD|").append(d.key()).append('|').append(d.on()).append('|').append(d.title()).append('|')
				.append(contact == null ? null : contact.displayName());
		}
		return in.toString();
	}

	private static VEvent event(Temporal start, Temporal end, String summary, String uid, DtStamp stamp) {
		VEvent event = new VEvent(start, end, summary);
		event.add(new Uid(uid + "@rootline"));
		// The constructor stamps the event with the time now; the day's stamp replaces it.
		event.replace(stamp);
		return event;
	}

	private static VAlarm alarm(Duration trigger) {
		VAlarm alarm = new VAlarm(trigger);
		alarm.add(ImmutableAction.DISPLAY);
		alarm.add(new Description("Reminder from Rootline"));
		return alarm;
	}

	private static String kind(Task.Kind kind) {
		return switch (kind) {
			case CALL -> "Call: ";
			case EMAIL -> "E-mail: ";
			case MEETING -> "Meet: ";
			case TEXT -> "Text: ";
			case MAIL -> "Mail: ";
			case TODO -> "To do: ";
		};
	}

}
