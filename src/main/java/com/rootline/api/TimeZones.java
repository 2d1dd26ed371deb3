package com.rootline.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deployment's time zone ({@code rootline.time-zone}, the machine's when unset) and the clock
 * that "today" is read from. Agents may name their own zone; dates that matter, due dates and the
 * call list are days in the agent's zone, not in UTC.
 */
@Component
public class TimeZones {

	private final ZoneId deployment;

	private final Clock clock;

	TimeZones(@Value("${rootline.time-zone:}") String zone) {
		this.deployment = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip());
		this.clock = Clock.systemUTC();
	}

	public ZoneId deployment() {
		return deployment;
	}

	/** Today in the given zone (the deployment's when null). */
	public LocalDate today(ZoneId zone) {
		return LocalDate.now(clock.withZone(zone == null ? deployment : zone));
	}

	/** Whether a region id (America/Chicago) or an offset id (UTC, +02:00) names a zone. */
	public static boolean known(String id) {
		if (id == null || id.isBlank()) {
			return false;
		}
		if (ZoneRulesProvider.getAvailableZoneIds().contains(id) || id.equals("UTC") || id.equals("Z")) {
			return true;
		}
		try {
			ZoneId.of(id);
			return id.startsWith("+") || id.startsWith("-") || id.startsWith("UTC") || id.startsWith("GMT");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
