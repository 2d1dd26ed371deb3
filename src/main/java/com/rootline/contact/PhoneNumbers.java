package com.rootline.contact;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Normalises phone numbers to E.164 for matching; numbers without a country code use the default region. */
@Component
class PhoneNumbers {

	private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	private final String defaultRegion;

	PhoneNumbers(@Value("${rootline.phone.default-region:US}") String defaultRegion) {
		this.defaultRegion = defaultRegion;
	}

	Optional<String> toE164(String number) {
		if (number == null || number.isBlank()) {
			return Optional.empty();
		}
		try {
			Phonenumber.PhoneNumber parsed = util.parse(number, defaultRegion);
			if (!util.isPossibleNumber(parsed)) {
				return Optional.empty();
			}
			return Optional.of(util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/** The national significant number, so that a search for "5551234" finds "+1 (212) 555-1234". */
	String nationalDigits(String e164) {
		try {
			return String.valueOf(util.parse(e164, defaultRegion).getNationalNumber());
		}
		catch (NumberParseException ex) {
			return e164.replaceAll("\\D", "");
		}
	}

}
