package com.rootline.referral;

import java.time.LocalDate;
import java.util.List;

import com.rootline.api.ApiException;
import com.rootline.api.ApiLimits;
import com.rootline.api.ErrorCode;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Referral trees, statistics and the leaderboard, and the mutations that change origins. */
@Controller
class ReferralController {

	private final ReferralReports reports;

	private final ReferralService service;

	private final ContactReader contacts;

	private final ContactReferrals contactReferrals;

	private final PartnerLedgers ledgers;

	private final ReferralMerges merges;

	private final ApiLimits limits;

	private final Parties parties;

	ReferralController(ReferralReports reports, ReferralService service, ContactReader contacts,
			ContactReferrals contactReferrals, PartnerLedgers ledgers, ReferralMerges merges, ApiLimits limits,
			Parties parties) {
		this.parties = parties;
		this.reports = reports;
		this.service = service;
		this.contacts = contacts;
		this.contactReferrals = contactReferrals;
		this.ledgers = ledgers;
		this.merges = merges;
		this.limits = limits;
	}

	record RecordReferralOutPayload(PartnerLedgers.Sent entry, List<UserError> userErrors) {
	}

	record MergeContactsPayload(Contact survivor, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	PartnerLedgers.Ledger partnerLedger(@Argument String agentId, @Argument LocalDate from, @Argument LocalDate to) {
		return ledgers.ledger(agentId, from, to);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	RecordReferralOutPayload recordReferralOut(@Argument PartnerLedgers.RecordReferralOutInput input) {
		return Payloads.attempt(() -> ledgers.recordOut(input), e -> new RecordReferralOutPayload(e, List.of()),
				errors -> new RecordReferralOutPayload(null, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	MergeContactsPayload mergeContacts(@Argument ReferralMerges.MergeContactsInput input) {
		return Payloads.attempt(() -> merges.merge(input),
				c -> new MergeContactsPayload(c, List.of()), errors -> new MergeContactsPayload(null, errors));
	}

	record RecordReferralPayload(Referral referral, Contact contact, List<UserError> userErrors) {
	}

	record RemoveReferralPayload(Contact contact, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	ReferralReports.TreeConnection referralTree(@Argument String rootId, @Argument Integer maxDepth, @Argument Integer first,
			@Argument String after, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		int depth = maxDepth == null ? 20 : maxDepth;
		if (depth < 1 || depth > 20) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "maxDepth: between 1 and 20");
		}
		PageRequest page = PageRequest.of(first, after, limits);
		ContactReader.Depth contactDepth = ContactReader.depthFor(env, "edges/node/contact");
		return asOf == null ? reports.treeNow(rootId, depth, page, contactDepth)
				: reports.treeAsOf(rootId, depth, page, asOf, contactDepth);
	}

	@SchemaMapping(typeName = "ReferralTreeConnection")
	@PreAuthorize("hasRole('VIEWER')")
	Object root(ReferralReports.TreeConnection tree) {
		return parties.load(List.of(tree.rootId())).get(tree.rootId());
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	ReferralReports.Stats referralStats(@Argument String id, @Argument LocalDate asOf) {
		return reports.stats(id, asOf);
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<ReferralReports.LeaderboardEntry> topReferrers(@Argument Integer first, @Argument LocalDate from,
			@Argument LocalDate to, @Argument ReferralReports.Metric by, @Argument LocalDate asOf) {
		int n = PageRequest.of(first == null ? 10 : first, null, limits).first();
		return reports.top(n, from, to, by == null ? ReferralReports.Metric.COUNT : by, asOf);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	RecordReferralPayload recordReferral(@Argument ReferralService.RecordReferralInput input) {
		return Payloads.attempt(() -> service.record(input),
				id -> payload(input.contactId()), errors -> new RecordReferralPayload(null, null, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	RecordReferralPayload recordLeadSource(@Argument ReferralService.RecordLeadSourceInput input) {
		return Payloads.attempt(() -> service.recordLeadSource(input),
				id -> payload(input.contactId()), errors -> new RecordReferralPayload(null, null, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	RecordReferralPayload changeReferrer(@Argument ReferralService.ChangeReferrerInput input) {
		return Payloads.attempt(() -> service.change(input),
				id -> payload(input.contactId()), errors -> new RecordReferralPayload(null, null, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	RemoveReferralPayload removeReferral(@Argument ReferralService.RemoveReferralInput input) {
		return Payloads.attempt(() -> service.remove(input),
				id -> new RemoveReferralPayload(contacts.find(id).orElse(null), List.of()),
				errors -> new RemoveReferralPayload(null, errors));
	}

	private RecordReferralPayload payload(String contactId) {
		Contact contact = contacts.find(contactId).orElseThrow();
		return new RecordReferralPayload(contactReferrals.origins(List.of(contact)).get(contact), contact, List.of());
	}

}
