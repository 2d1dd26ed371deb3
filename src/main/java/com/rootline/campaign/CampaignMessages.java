package com.rootline.campaign;

import java.util.Map;

import com.rootline.agent.Agent;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.MergeFields;
import org.springframework.web.util.HtmlUtils;

/**
 * One recipient's campaign message: the template rendered with their names and the signer's, and
 * their unsubscribe link, added at the foot when the template does not place it itself. The
 * preview, the test e-mail and the runner all render here, so the preview is what is sent.
 */
final class CampaignMessages {

	private CampaignMessages() {
	}

	/** {@code signer} null signs with the brokerage's name. */
	static MergeFields.Rendered render(EmailTemplate template, String firstName, String lastName, Agent signer,
			String brokerage, String unsubscribeUrl) {
		Map<String, String> values = MergeFields.toContact(firstName, lastName, signer, brokerage);
		values.put("unsubscribeUrl", unsubscribeUrl);
		MergeFields.Rendered rendered = MergeFields.render(template, values);
		String text = rendered.text();
		if (!MergeFields.uses(template.text(), "unsubscribeUrl")) {
			text = text.stripTrailing() + "\n\n--\nTo receive no more of these e-mails: " + unsubscribeUrl + "\n";
		}
		String html = rendered.html();
		if (html != null && !MergeFields.uses(template.html(), "unsubscribeUrl")) {
			html = html + "\n<p style=\"font-size:small;color:#666\"><a href=\"" + HtmlUtils.htmlEscape(unsubscribeUrl)
					+ "\">Unsubscribe</a> from these e-mails.</p>\n";
		}
		return new MergeFields.Rendered(rendered.subject(), text, html);
	}

}
