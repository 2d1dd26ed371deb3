package com.rootline.contact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.rootline.api.Problems;
import com.rootline.contact.ContactInputs.CustomFieldValueInput;
import com.rootline.facts.ContactRemoved;
import com.rootline.facts.ContactsChanged;
import com.rootline.graph.Statements;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds a duplicate contact's record into a survivor: the survivor's values win, the duplicate
 * fills what the survivor lacks, lists are united. The referral feature moves origin edges first;
 * this then carries everything else over and deletes the duplicate, in the caller's transaction.
 */
@Component
public class ContactMerges {

	private final ContactReader reader;

	private final ContactRules rules;

	private final ContactService service;

	private final Statements statements;

	private final ApplicationEventPublisher events;

	ContactMerges(ContactReader reader, ContactRules rules, ContactService service, Statements statements,
			ApplicationEventPublisher events) {
		this.reader = reader;
		this.rules = rules;
		this.service = service;
		this.statements = statements;
		this.events = events;
	}

	/** Merges; throws UserErrorsException if the united record would be invalid (too many phones, say). */
	@Transactional
	public Contact merge(Contact survivor, Contact duplicate) {
		ContactDraft s = ContactDraft.of(survivor);
		ContactDraft d = ContactDraft.of(duplicate);
		List<CustomFieldValueInput> custom = new ArrayList<>();
		Map<String, String> survivorCustom = new LinkedHashMap<>();
		survivor.customFields().forEach(v -> survivorCustom.put(v.key(), v.value()));
		duplicate.customFields()
			.stream()
			.filter(v -> !survivorCustom.containsKey(v.key()))
			.forEach(v -> custom.add(new CustomFieldValueInput(v.key(), v.value())));
		ContactDraft.Names names = new ContactDraft.Names(or(s.prefix(), d.prefix()), or(s.firstName(), d.firstName()),
				or(s.middleName(), d.middleName()), or(s.lastName(), d.lastName()), or(s.suffix(), d.suffix()),
				or(s.nickname(), d.nickname()));
		ContactDraft.Reach reach = new ContactDraft.Reach(
				union(s.phones(), d.phones(), p -> p.number().replaceAll("\\D", "")),
				union(s.emails(), d.emails(), e -> e.address().toLowerCase(Locale.ROOT)),
				union(s.addresses(), d.addresses(),
						a -> ContactRules.householdKey(a.lines(), a.city(), a.postalCode(), a.country())));
		ContactDraft.Family family = new ContactDraft.Family(or(s.birthday(), d.birthday()),
				or(s.anniversary(), d.anniversary()), or(s.spouse(), d.spouse()),
				union(s.children(), d.children(), c -> c.name().toLowerCase(Locale.ROOT)),
				union(s.hobbies(), d.hobbies(), h -> h.toLowerCase(Locale.ROOT)));
		Contact.Work work = new Contact.Work(or(s.jobTitle(), d.jobTitle()), or(s.company(), d.company()));
		ContactDraft.Filing filing = new ContactDraft.Filing(union(s.groups(), d.groups(), g -> g),
				union(s.tags(), d.tags(), t -> t), s.active() || d.active(), or(s.statusLevel(), d.statusLevel()),
				or(s.contactType(), d.contactType()), custom);
		ContactDraft merged = new ContactDraft(names, reach, family, work, filing);
		Problems problems = new Problems();
		ContactRules.ContactWrite write = rules.check(merged, problems);
		problems.throwIfAny();
		service.write(survivor.id(), write, ContactService.now());
		statements.one("contact/merge-move", new Move(survivor.id(), duplicate.id()), Moved.class).ifPresent(moved -> {
			events.publishEvent(ContactsChanged.elementIds(ContactsChanged.Change.MERGED, List.of(moved.survivor())));
			events.publishEvent(moved.removed().removed());
		});
		return reader.find(survivor.id()).orElseThrow();
	}

	private record Move(String survivorId, String duplicateId) {
	}

	/** The survivor's element id, and what the merged-away contact was counted under. */
	private record Moved(String survivor, ContactRemoved.Row removed) {
	}

	private static <T> T or(T first, T second) {
		return first != null ? first : second;
	}

	private static <T> List<T> union(List<T> first, List<T> second, Function<T, Object> key) {
		Map<Object, T> byKey = new LinkedHashMap<>();
		for (T item : first) {
			byKey.putIfAbsent(key.apply(item), item);
		}
		for (T item : second) {
			byKey.putIfAbsent(key.apply(item), item);
		}
		return List.copyOf(byKey.values());
	}

}
