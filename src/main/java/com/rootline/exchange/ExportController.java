package com.rootline.exchange;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.Csv;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactStream;
import com.rootline.graph.Statements;
import ezvcard.io.text.VCardWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Contacts out, streamed a page at a time and filtered like {@code contacts} (see
 * {@link ExportFilter}): Rootline CSV for backups, vCard 4.0 for phones and mail programs, and
 * mailing labels for direct-mail houses. The filter is checked before the response starts, so a bad
 * one gets a 400 naming it rather than a half-written file. Who may export follows who may read
 * personal details through GraphQL (com.rootline.security.PersonalData): AGENT for the contact
 * files, AGENT or MARKETING for the mailing labels.
 */
@Controller
class ExportController {

	private static final int PAGE = 500;

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ContactStream contacts;

	private final Statements statements;

	ExportController(ContactStream contacts, Statements statements) {
		this.contacts = contacts;
		this.statements = statements;
	}

	/** Rootline CSV: the import reads it back with nothing lost, referral and lead-source columns included. */
	@GetMapping(path = "/exports/contacts.csv", produces = "text/csv")
	@PreAuthorize("hasRole('AGENT')")
	void csv(@RequestParam Map<String, String> filter, HttpServletResponse response) throws IOException {
		ContactStream.Matching matching = contacts.matching(ExportFilter.from(filter));
		List<String> customKeys = statements.all("exchange/custom-field-keys", Key.class).stream().map(Key::key).toList();
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			writer.write(Csv.row(RootlineCsv.columns(customKeys)));
			matching.forEachPage(PAGE, page -> {
				Map<String, ContactCsv.Origin> origins = new HashMap<>();
				statements.all("exchange/export-origins", new Ids(page.stream().map(Contact::id).toList()),
						ContactCsv.Origin.class)
					.forEach(origin -> origins.put(origin.id(), origin));
				for (Contact c : page) {
					write(writer, Csv.row(ContactCsv.cells(c, origins.get(c.id()), customKeys)));
				}
				flush(writer);
			});
			writer.flush();
		};
		attachment(response, "rootline-contacts.csv", CSV, body);
	}

	@GetMapping(path = "/exports/contacts.vcf", produces = "text/vcard")
	@PreAuthorize("hasRole('AGENT')")
	void vcard(@RequestParam Map<String, String> filter, HttpServletResponse response) throws IOException {
		ContactStream.Matching matching = contacts.matching(ExportFilter.from(filter));
		StreamingResponseBody body = out -> {
			// Text stored before input was checked may hold control characters; vCards never carry them.
			VCardWriter writer = new VCardWriter(new java.io.FilterWriter(
					new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {

				@Override
				public void write(int c) throws java.io.IOException {
					if (c >= 0x20 && (c < 0x7F || c > 0x9F) || c == '\r' || c == '\n' || c == '\t') {
						super.write(c);
					}
				}

				@Override
				public void write(char[] chars, int off, int len) throws java.io.IOException {
					for (int i = off; i < off + len; i++) {
						write(chars[i]);
					}
				}

				@Override
				public void write(String text, int off, int len) throws java.io.IOException {
					write(text.toCharArray(), off, len);
				}

			}, ContactVcards.VERSION);
			writer.setAddProdId(false);
			matching.forEachPage(PAGE, page -> {
				for (Contact c : page) {
					write(writer, c);
				}
				flush(writer);
			});
			writer.flush();
		};
		attachment(response, "rootline-contacts.vcf", new MediaType("text", "vcard", StandardCharsets.UTF_8), body);
	}

	/**
	 * One row per household with a postal address, in household order; contacts without an address
	 * have nothing to print and are left out.
	 */
	@GetMapping(path = "/exports/mailing-labels.csv", produces = "text/csv")
	@PreAuthorize("hasAnyRole('AGENT', 'MARKETING')")
	void mailingLabels(@RequestParam Map<String, String> filter, HttpServletResponse response) throws IOException {
		ContactStream.Matching matching = contacts.matching(ExportFilter.from(filter));
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			writer.write(Csv.row(MailingLabels.COLUMNS));
			// Pages end only between households, so a household is never split over two pages.
			String[] previous = { null };
			matching.forEachRow("exchange/mailing-households", PAGE, row -> {
				String household = row.get("household").asString();
				boolean boundary = !household.equals(previous[0]);
				previous[0] = household;
				return boundary;
			}, page -> {
				List<Contact> household = new ArrayList<>();
				String key = null;
				for (Contact c : page) {
					// The same key the query ordered by: it is stored from this function when an address is written.
					String next = MailingLabels.mailingAddress(c).orElseThrow().householdKey();
					if (key != null && !key.equals(next)) {
						write(writer, Csv.row(MailingLabels.label(household)));
						household.clear();
					}
					household.add(c);
					key = next;
				}
				if (!household.isEmpty()) {
					write(writer, Csv.row(MailingLabels.label(household)));
				}
				flush(writer);
			});
			writer.flush();
		};
		attachment(response, "rootline-mailing-labels.csv", CSV, body);
	}

	/**
	 * Writes the file on the request's own thread. Handed to Spring MVC as an asynchronous body it
	 * was cut short by the asynchronous request timeout (the container's 30 s) after the 200 had
	 * gone out: a well-formed, silently truncated backup (248,001 lines of a million contacts'
	 * export). A failure while writing now reaches the container as an error, not as a timeout
	 * ignored on a committed response.
	 */
	private static void attachment(HttpServletResponse response, String name, MediaType type, StreamingResponseBody body)
			throws IOException {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
		body.writeTo(response.getOutputStream());
		response.flushBuffer();
	}

	private static void write(Writer writer, String text) {
		try {
			writer.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(VCardWriter writer, Contact c) {
		try {
			writer.write(ContactVcards.card(c));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void flush(Flushable writer) {
		try {
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Key(String key) {
	}

	private record Ids(List<String> ids) {
	}

}
