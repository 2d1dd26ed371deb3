package com.rootline.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Converts between the API's decimal amounts and the graph's long minor units (cents for USD).
 * One currency per deployment; Spring Data Neo4j would store a BigDecimal as a string.
 */
@Component
public class MoneyUnits {

	private final Currency currency;

	private final int digits;

	public MoneyUnits(@Value("${rootline.currency:USD}") String currencyCode) {
		this.currency = Currency.getInstance(currencyCode);
		this.digits = Math.max(0, currency.getDefaultFractionDigits());
	}

	public Currency currency() {
		return currency;
	}

	/** Null if the amount has more decimals than the currency has, or does not fit a long. */
	public Long toMinor(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		try {
			return amount.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits).longValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	public BigDecimal fromMinor(Long minor) {
		return minor == null ? null : BigDecimal.valueOf(minor, digits);
	}

}
