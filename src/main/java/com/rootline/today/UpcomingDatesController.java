package com.rootline.today;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.api.ApiException;
import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.ErrorCode;
import com.rootline.api.PageRequest;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** The {@code UpcomingDate} type: the dates that matter of an agent's contacts, in a window. */
@Controller
class UpcomingDatesController {

	private final TodayReads reads;

	private final AgentDays days;

	private final ContactReader contacts;

	private final ApiLimits limits;

	UpcomingDatesController(TodayReads reads, AgentDays days, ContactReader contacts, ApiLimits limits) {
		this.reads = reads;
		this.days = days;
		this.contacts = contacts;
		this.limits = limits;
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	@Transactional(readOnly = true)
	Connection<DatesThatMatter.Occurrence> upcomingDates(@Argument LocalDate from, @Argument LocalDate to,
			@Argument String ownerId, @Argument List<DateKind> kinds, @Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, after, limits);
		AgentDays.AgentDay day = days.of(ownerId, "ownerId");
		LocalDate start = from == null ? day.today() : from;
		LocalDate end = to == null ? start.plusDays(30) : to;
		if (end.isBefore(start)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "to: is before from");
		}
		if (ChronoUnit.DAYS.between(start, end) >= DatesThatMatter.MAX_WINDOW_DAYS) {
			throw new ApiException(ErrorCode.LIMIT_EXCEEDED,
					"to: a window covers at most " + DatesThatMatter.MAX_WINDOW_DAYS + " days");
		}
		Set<DateKind> wanted = kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
		List<DatedFacts.CustomDate> custom = reads.recurringFields();
		List<DatesThatMatter.Occurrence> all = DatesThatMatter.within(reads.datedContacts(ownerId, custom), start, end,
				wanted);
		return SortedPages.page(all, DatesThatMatter.Occurrence::sortKey, page);
	}

	@BatchMapping(typeName = "UpcomingDate")
	@PreAuthorize("hasRole('VIEWER')")
	Map<DatesThatMatter.Occurrence, Contact> contact(List<DatesThatMatter.Occurrence> list) {
		Map<String, Contact> found = contacts.findAll(list.stream().map(DatesThatMatter.Occurrence::contactId).distinct().toList());
		Map<DatesThatMatter.Occurrence, Contact> result = new HashMap<>();
		list.stream().filter(o -> found.containsKey(o.contactId())).forEach(o -> result.put(o, found.get(o.contactId())));
		return result;
	}

}
