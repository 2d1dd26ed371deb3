package com.rootline.mail;

import java.util.List;

import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code OutboxMessage} type: the outbox, its state, retries and drafts. */
@Controller
class OutboxController {

	private final Outbox outbox;

	private final MailStatus status;

	private final ApiLimits limits;

	OutboxController(Outbox outbox, MailStatus status, ApiLimits limits) {
		this.outbox = outbox;
		this.status = status;
		this.limits = limits;
	}

	record OutboxMessageInput(String id) {
	}

	record SendDraftInput(String id, String subject, String text) {
	}

	record OutboxMessagePayload(OutboxMessage message, List<UserError> userErrors) {

		static OutboxMessagePayload ok(OutboxMessage message) {
			return new OutboxMessagePayload(message, List.of());
		}

		static OutboxMessagePayload failed(List<UserError> errors) {
			return new OutboxMessagePayload(null, errors);
		}

	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	Connection<OutboxMessage> outbox(@Argument Outbox.OutboxFilter filter, @Argument Integer first,
			@Argument String after) {
		return outbox.page(filter, PageRequest.of(first, after, limits));
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	MailStatus.Figures mailStatus() {
		return status.figures();
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	OutboxMessagePayload retryOutboxMessage(@Argument OutboxMessageInput input) {
		return Payloads.attempt(() -> outbox.retry(input.id()), OutboxMessagePayload::ok, OutboxMessagePayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	OutboxMessagePayload sendDraft(@Argument SendDraftInput input) {
		return Payloads.attempt(() -> outbox.sendDraft(input.id(), input.subject(), input.text()),
				OutboxMessagePayload::ok, OutboxMessagePayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	OutboxMessagePayload discardDraft(@Argument OutboxMessageInput input) {
		return Payloads.attempt(() -> outbox.discardDraft(input.id()), OutboxMessagePayload::ok,
				OutboxMessagePayload::failed);
	}

}
