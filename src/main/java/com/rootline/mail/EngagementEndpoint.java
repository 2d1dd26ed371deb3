package com.rootline.mail;

import java.util.Base64;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open pixel ({@code GET /mail/o/<token>.gif}) and the tracked links ({@code GET
 * /mail/c/<token>/<n>}) of the HTML messages Rootline sends to contacts, without a login: recipients
 * have none. The pixel answers the same image for any token and never says whose it is; a link
 * redirects only to a link of the message itself (see {@link TrackedHtml}), else 404. Mail scanners
 * that fetch images and links count as opens and clicks too; the docs say so.
 */
@RestController
class EngagementEndpoint {

	/** A transparent 1×1 GIF. */
	private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

	private final Engagements engagement;

	EngagementEndpoint(Engagements engagement) {
		this.engagement = engagement;
	}

	@GetMapping(path = "/mail/o/{token}.gif")
	ResponseEntity<byte[]> opened(@PathVariable String token) {
		engagement.opened(token);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_GIF).cacheControl(CacheControl.noStore()).body(PIXEL);
	}

	@GetMapping(path = "/mail/c/{token}/{n}")
	ResponseEntity<String> clicked(@PathVariable String token, @PathVariable String n) {
		int index;
		try {
			index = Integer.parseInt(n);
		}
		catch (NumberFormatException ex) {
			index = -1;
		}
		return engagement.clicked(token, index)
			.map(link -> ResponseEntity.status(HttpStatus.FOUND)
				.header(HttpHeaders.LOCATION, link)
				.cacheControl(CacheControl.noStore())
				.<String>build())
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_HTML)
				.body(RecipientPages.unknownLink("link")));
	}

}
