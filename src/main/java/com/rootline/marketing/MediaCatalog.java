package com.rootline.marketing;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Media types and outlets; other features read outlets through it. Reads by id, one statement each,
 * open no transaction of their own (see {@code ContactReader}).
 */
@Service
public class MediaCatalog {

	private final Statements statements;

	MediaCatalog(Statements statements) {
		this.statements = statements;
	}

	record CreateMediaTypeInput(String key, String name) {
	}

	record CreateMediaOutletInput(String mediaTypeId, String name, String website, String notes) {
	}

	record UpdateMediaOutletInput(String id, String name, String website, String notes, Boolean active) {
	}

	public Map<String, MediaOutlet> outlets(Collection<String> ids) {
		Map<String, MediaOutlet> result = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		statements.all("marketing/outlets-by-ids", new Ids(List.copyOf(ids)), MediaOutlet.Row.class)
			.forEach(row -> result.put(row.outlet().id(), row.value()));
		return result;
	}

	public Map<String, MediaType> types(Collection<String> ids) {
		Map<String, MediaType> result = new HashMap<>();
		statements.all("marketing/types-by-ids", new Ids(List.copyOf(ids)), MediaType.Row.class)
			.forEach(row -> result.put(row.type().id(), row.type()));
		return result;
	}

	@Transactional(readOnly = true)
	List<MediaType> allTypes() {
		return statements.all("marketing/media-types", MediaType.Row.class).stream().map(MediaType.Row::type).toList();
	}

	@Transactional(readOnly = true)
	List<MediaOutlet> findOutlets(String mediaTypeId, String search) {
		OutletFilter filter = new OutletFilter(mediaTypeId,
				search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT));
		return statements.all("marketing/outlets", filter, MediaOutlet.Row.class)
			.stream()
			.map(MediaOutlet.Row::value)
			.toList();
	}

	@Transactional
	MediaType createType(CreateMediaTypeInput input) {
		Problems problems = new Problems();
		String key = input.key() == null ? "" : input.key().strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
		if (!key.matches("[A-Z][A-Z0-9_]{0,39}")) {
			problems.add(UserErrorCode.INVALID, "A key is letters, digits and underscores, at most 40", "key");
		}
		if (input.name() == null || input.name().isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "A media type needs a name", "name");
		}
		problems.maxLength(input.name(), 100, "name");
		problems.throwIfAny();
		if (allTypes().stream().anyMatch(t -> t.key().equals(key))) {
			throw new UserErrorsException(UserError.of(UserErrorCode.DUPLICATE_NAME, "Media type " + key + " exists", "key"));
		}
		MediaType created = new MediaType(UUID.randomUUID().toString(), key, input.name().strip());
		return statements.one("marketing/create-media-type", created, MediaType.Row.class).orElseThrow().type();
	}

	@Transactional
	MediaOutlet createOutlet(CreateMediaOutletInput input) {
		Problems problems = new Problems();
		checkOutletTexts(input.name(), input.website(), input.notes(), problems);
		problems.throwIfAny();
		refuseTakenName(input.name(), null);
		NewOutlet created = new NewOutlet(UUID.randomUUID().toString(), input.mediaTypeId(), input.name().strip(),
				blankToNull(input.website()), blankToNull(input.notes()));
		return statements.one("marketing/create-outlet", created, MediaOutlet.Row.class)
			.map(MediaOutlet.Row::value)
			.orElseThrow(() -> new UserErrorsException(
					UserError.of(UserErrorCode.NOT_FOUND, "No media type " + input.mediaTypeId(), "mediaTypeId")));
	}

	@Transactional
	MediaOutlet updateOutlet(UpdateMediaOutletInput input) {
		MediaOutlet current = outlets(List.of(input.id())).get(input.id());
		if (current == null) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No outlet " + input.id(), "id"));
		}
		String name = input.name() == null ? current.name() : input.name();
		Problems problems = new Problems();
		checkOutletTexts(name, input.website(), input.notes(), problems);
		problems.throwIfAny();
		refuseTakenName(name, current.id());
		OutletChange change = new OutletChange(input.id(), name.strip(), input.website() != null,
				blankToNull(input.website()), input.notes() != null, blankToNull(input.notes()), input.active());
		return statements.one("marketing/update-outlet", change, MediaOutlet.Row.class).orElseThrow().value();
	}

	private void refuseTakenName(String name, String exceptId) {
		boolean taken = statements.one("marketing/outlet-name-taken", new Name(name.strip(), exceptId), Taken.class)
			.map(Taken::taken)
			.orElse(false);
		if (taken) {
			throw new UserErrorsException(UserError.of(UserErrorCode.DUPLICATE_NAME, "An outlet named " + name + " exists", "name"));
		}
	}

	private record Ids(List<String> ids) {
	}

	private record OutletFilter(String mediaTypeId, String search) {
	}

	private record NewOutlet(String id, String mediaTypeId, String name, String website, String notes) {
	}

	/** A change to an outlet: a text not given ({@code set…} false) is kept, one given blank is removed. */
	private record OutletChange(String id, String name, boolean setWebsite, String website, boolean setNotes,
			String notes, Boolean active) {
	}

	private record Name(String name, String exceptId) {
	}

	private record Taken(boolean taken) {
	}

	private static void checkOutletTexts(String name, String website, String notes, Problems problems) {
		if (name == null || name.isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "An outlet needs a name", "name");
		}
		problems.maxLength(name, 200, "name").maxLength(website, 500, "website").maxLength(notes, 2000, "notes");
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
