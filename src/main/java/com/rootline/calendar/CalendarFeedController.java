package com.rootline.calendar;

import java.util.List;

import com.rootline.api.Payloads;
import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.security.Caller;
import com.rootline.security.Callers;
import com.rootline.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The {@code CalendarFeed} type. A caller linked to an agent manages that agent's feeds; a broker
 * (or a token linked to no agent) manages anyone's.
 */
@Controller
class CalendarFeedController {

	private final CalendarFeeds feeds;

	private final String publicUrl;

	CalendarFeedController(CalendarFeeds feeds, @Value("${rootline.public-url:}") String publicUrl) {
		this.feeds = feeds;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	record CreateCalendarFeedInput(String agentId, String name) {
	}

	record CreateCalendarFeedPayload(CalendarFeeds.CalendarFeed feed, String path, String url,
			List<UserError> userErrors) {
	}

	record RevokeCalendarFeedInput(String id) {
	}

	record RevokeCalendarFeedPayload(String revokedId, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	List<CalendarFeeds.CalendarFeed> calendarFeeds(@Argument String agentId) {
		if (!own(agentId)) {
			throw new com.rootline.api.ApiException(com.rootline.api.ErrorCode.FORBIDDEN,
					"agentId: only the agent or a broker sees this agent's calendar feeds");
		}
		return feeds.list(agentId);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	CreateCalendarFeedPayload createCalendarFeed(@Argument CreateCalendarFeedInput input) {
		return Payloads.attempt(() -> {
			checkOwn(input.agentId());
			new Problems().maxLength(input.name(), 100, "name").throwIfAny();
			return feeds.create(input.agentId(), input.name());
		}, created -> {
			String path = "/calendar/" + created.secret() + ".ics";
			return new CreateCalendarFeedPayload(created.feed(), path, publicUrl.isEmpty() ? null : publicUrl + path,
					List.of());
		}, errors -> new CreateCalendarFeedPayload(null, null, null, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	RevokeCalendarFeedPayload revokeCalendarFeed(@Argument RevokeCalendarFeedInput input) {
		return Payloads.attempt(() -> {
			feeds.find(input.id()).ifPresent(f -> checkOwn(f.agentId()));
			return feeds.revoke(input.id());
		}, id -> new RevokeCalendarFeedPayload(id, List.of()), errors -> new RevokeCalendarFeedPayload(null, errors));
	}

	private static boolean own(String agentId) {
		Caller caller = Callers.current().orElse(null);
		return caller == null || caller.agentId() == null || caller.agentId().equals(agentId)
				|| caller.roles().contains(Role.BROKER) || caller.roles().contains(Role.ADMIN);
	}

	private static void checkOwn(String agentId) {
		if (!own(agentId)) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_YOURS, "Only the agent or a broker manages this calendar", "agentId"));
		}
	}

}
