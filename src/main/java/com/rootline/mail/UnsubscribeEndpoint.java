package com.rootline.mail;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /unsubscribe/{token}} without a login. GET shows a page with one button, because mail
 * scanners fetch every link of a message and must not unsubscribe anyone; POST (the button, or a
 * mail client's RFC 8058 one-click request) unsubscribes. Both answer the same for an unknown token
 * as far as the page goes, with 404, and never say whose token it is.
 */
@RestController
class UnsubscribeEndpoint {

	private final EmailPermissions permissions;

	private final MailSettings settings;

	UnsubscribeEndpoint(EmailPermissions permissions, MailSettings settings) {
		this.permissions = permissions;
		this.settings = settings;
	}

	@GetMapping(path = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirm(@PathVariable String token) {
		String action = "/unsubscribe/" + HtmlUtils.htmlEscape(token);
		return ResponseEntity.ok(RecipientPages.page("Unsubscribe", "<p>Stop receiving marketing e-mail from "
				+ HtmlUtils.htmlEscape(settings.brokerage()) + "?</p><form method=\"post\" action=\"" + action
				+ "\"><button type=\"submit\">Unsubscribe</button></form>"));
	}

	@PostMapping(path = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> unsubscribe(@PathVariable String token) {
		if (permissions.unsubscribe(token).isEmpty()) {
			return ResponseEntity.status(404).body(RecipientPages.unknownLink("unsubscribe link"));
		}
		return ResponseEntity.ok(RecipientPages.page("Unsubscribed", "<p>You will receive no more marketing e-mail from "
				+ HtmlUtils.htmlEscape(settings.brokerage()) + ".</p>"));
	}

}
