package com.rootline.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The custom scalars of the schema. Dates and times are ISO 8601 strings; money is an exact
 * decimal written as a string ("1250.00") so that no client rounds it through a float.
 */
final class Scalars {

	private Scalars() {
	}

	/** Years a date may have: a spend in year 0 or a birthday in 9999 is a typing mistake. */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	static final GraphQLScalarType DATE = stringScalar("Date",
			"An ISO 8601 calendar date, for example 2026-07-01, in the years 1900 to 2200.", LocalDate.class,
			s -> inRange(LocalDate.parse(s), LocalDate.parse(s).getYear()), Object::toString);

	static final GraphQLScalarType DATE_TIME = stringScalar("DateTime",
			"An ISO 8601 date and time with offset, for example 2026-07-01T09:30:00Z, in the years 1900 to 2200.",
			Object.class, s -> inRange(OffsetDateTime.parse(s), OffsetDateTime.parse(s).getYear()),
			Scalars::formatDateTime);

	static final GraphQLScalarType PARTIAL_DATE = stringScalar("PartialDate",
			"A day of the year with an optional year: 1980-03-07, or --03-07 when the year is unknown; years 1900 to 2200.",
			PartialDate.class, s -> {
				PartialDate date = PartialDate.parse(s);
				return date.year() == null ? date : inRange(date, date.year());
			}, Object::toString);

	static final GraphQLScalarType TIME = stringScalar("Time",
			"A time of day, 24-hour, for example 09:30 or 14:05:30, in the zone of whoever it belongs to.",
			java.time.LocalTime.class, java.time.LocalTime::parse, Object::toString);

	private static <T> T inRange(T value, int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("the year " + year + " is outside " + FIRST_YEAR + " to " + LAST_YEAR);
		}
		return value;
	}

	static final GraphQLScalarType MONEY = GraphQLScalarType.newScalar()
		.name("Money")
		.description("An exact decimal amount in the deployment's currency, written as a string: \"1250.00\". "
				+ "Input also accepts a number.")
		.coercing(new MoneyCoercing())
		.build();

	private static String formatDateTime(Object value) {
		if (value instanceof OffsetDateTime odt) {
			return odt.withOffsetSameInstant(ZoneOffset.UTC).toString();
		}
		if (value instanceof ZonedDateTime zdt) {
			return zdt.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC).toString();
		}
		if (value instanceof java.time.Instant instant) {
			return instant.atOffset(ZoneOffset.UTC).toString();
		}
		throw new CoercingSerializeException("Not a date-time: " + value.getClass().getSimpleName());
	}

	private static <T> GraphQLScalarType stringScalar(String name, String description, Class<?> javaType,
			Function<String, T> parse, Function<Object, String> format) {
		return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof String s) {
					return s;
				}
				if (!javaType.isInstance(value) && !(value instanceof TemporalAccessor)) {
					throw new CoercingSerializeException(name + " cannot serialize " + value.getClass().getSimpleName());
				}
				return format.apply(value);
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				if (!(input instanceof String s)) {
					throw new CoercingParseValueException(name + " must be a string");
				}
				return parseString(s, CoercingParseValueException::new);
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (!(input instanceof StringValue s)) {
					throw new CoercingParseLiteralException(name + " must be a string");
				}
				return parseString(s.getValue(), CoercingParseLiteralException::new);
			}

			private <E extends RuntimeException> T parseString(String s, Function<String, E> error) {
				try {
					return parse.apply(s);
				}
				catch (DateTimeParseException | IllegalArgumentException ex) {
					throw error.apply("Invalid " + name + " '" + s + "': " + ex.getMessage());
				}
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return StringValue.of(serialize(input, context, locale));
			}
		}).build();
	}

	private static final class MoneyCoercing implements Coercing<BigDecimal, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof BigDecimal d) {
				return d.toPlainString();
			}
			throw new CoercingSerializeException("Money must be a BigDecimal, not " + value.getClass().getSimpleName());
		}

		@Override
		public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
			try {
				if (input instanceof String s) {
					return new BigDecimal(s.strip());
				}
				if (input instanceof Number n) {
					return new BigDecimal(n.toString());
				}
			}
			catch (NumberFormatException ex) {
				// fall through to the error below
			}
			throw new CoercingParseValueException("Money must be a decimal such as \"1250.00\", got '" + input + "'");
		}

		@Override
		public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			try {
				if (input instanceof StringValue s) {
					return new BigDecimal(s.getValue().strip());
				}
				if (input instanceof IntValue i) {
					return new BigDecimal(i.getValue());
				}
				if (input instanceof FloatValue f) {
					return f.getValue();
				}
			}
			catch (NumberFormatException ex) {
				// fall through to the error below
			}
			throw new CoercingParseLiteralException("Money must be a decimal such as \"1250.00\"");
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return StringValue.of(serialize(input, context, locale));
		}

	}

}
