/**
 * The calendar: appointments with team agents and contacts (RFC 5545 recurrence rules, expanded
 * with ical4j in the appointment's own time zone, so a weekly 9:00 stays at 9:00 across daylight
 * saving), conflict warnings, and each agent's secret iCalendar feed of appointments, open tasks,
 * touch-plan steps and the dates that matter of their contacts.
 * <p>
 * Graph shape: {@code (:Agent|Contact)-[:ATTENDS]->(:Appointment {startsAt, endsAt, rrule,
 * lastEndsAt})}; {@code (:Agent)-[:HAS_FEED]->(:CalendarFeed {hash})}, only the secret's SHA-256.
 */
package com.rootline.calendar;
