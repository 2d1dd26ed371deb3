package com.rootline.graph;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Named statements with records in and out, so that a feature's typed methods neither build
 * parameter maps nor cast what comes back: a parameter record's components are the statement's
 * parameters, by name, and each row fills a row record's components from the columns of the same
 * names. Components may be strings, numbers, booleans, dates and times, enums (by name), lists
 * of those, nested records (maps in Cypher) and lists of them. A missing or null column reads as
 * null, an empty list for a list, and is refused for a primitive: declare {@code Long} or
 * {@code Boolean} where a row may lack the value.
 */
@Component
public class Statements {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	public Statements(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/** Runs the named statement for its writes. */
	public void run(String name, Record parameters) {
		neo4j.query(queries.get(name)).bindAll(parameters(parameters)).run();
	}

	/** The named statement's single row, if it answered one. */
	public <T extends Record> Optional<T> one(String name, Record parameters, Class<T> row) {
		return neo4j.query(queries.get(name))
			.bindAll(parameters(parameters))
			.fetchAs(row)
			.mappedBy((types, r) -> row(r::get, row))
			.one();
	}

	/** The single row of the named statement, which takes no parameters, if it answered one. */
	public <T extends Record> Optional<T> one(String name, Class<T> row) {
		return neo4j.query(queries.get(name)).fetchAs(row).mappedBy((types, r) -> row(r::get, row)).one();
	}

	/** Every row of the named statement, in its order. */
	public <T extends Record> List<T> all(String name, Record parameters, Class<T> row) {
		return List.copyOf(neo4j.query(queries.get(name))
			.bindAll(parameters(parameters))
			.fetchAs(row)
			.mappedBy((types, r) -> row(r::get, row))
			.all());
	}

	/** Every row of the named statement, which takes no parameters, in its order. */
	public <T extends Record> List<T> all(String name, Class<T> row) {
		return List.copyOf(neo4j.query(queries.get(name)).fetchAs(row).mappedBy((types, r) -> row(r::get, row)).all());
	}

	/**
	 * A parameter record that a statement's record may hold as a component to pass its components
	 * as parameters of their own names, not as one map: the parameters of a shared fragment
	 * ({@code // @include}) that several statements add their own parameters to, or a job's own
	 * parameters beside those every job write takes. Implemented by records only.
	 */
	public interface Inline {
	}

	/** A record's components by name, as statement parameters; an {@link Inline} component's by theirs. */
	public static Map<String, Object> parameters(Record parameters) {
		Shape shape = SHAPES.get(parameters.getClass());
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < shape.names.length; i++) {
			Object value = shape.read(i, parameters);
			if (value instanceof Inline && value instanceof Record inline) {
				parameters(inline).forEach((name, v) -> add(values, name, v, parameters));
			}
			else {
				add(values, shape.names[i], parameter(value), parameters);
			}
		}
		return values;
	}

	/** A parameter once: an inline part that named one of its holder's would silently replace it. */
	private static void add(Map<String, Object> values, String name, Object value, Record holder) {
		if (values.containsKey(name)) {
			throw new IllegalArgumentException(holder.getClass().getSimpleName() + " gives the parameter " + name + " twice");
		}
		values.put(name, value);
	}

	/** A row record filled from the columns (or map entries) of its components' names. */
	public static <T extends Record> T row(Function<String, Value> column, Class<T> type) {
		Shape shape = SHAPES.get(type);
		Object[] values = new Object[shape.names.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = value(column.apply(shape.names[i]), shape.types[i]);
		}
		try {
			return type.cast(shape.constructor.newInstance(values));
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot make a " + type.getSimpleName() + " from a row", ex);
		}
	}

	/** A row record filled from a map a query returned whole (a node's {@code n {.*}}, say). */
	public static <T extends Record> T row(Map<String, Object> map, Class<T> type) {
		return row(name -> Values.value(map.get(name)), type);
	}

	/** What reflection says about a record class, read once per class: rows are many, classes few. */
	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
		@Override
		protected Shape computeValue(Class<?> type) {
			return new Shape(type);
		}
	};

	private static final class Shape {

		final String[] names;

		final Type[] types;

		final Method[] accessors;

		final Constructor<?> constructor;

		Shape(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			if (components == null) {
				throw new IllegalArgumentException(type + " is not a record");
			}
			names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
			types = Arrays.stream(components).map(RecordComponent::getGenericType).toArray(Type[]::new);
			accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
			try {
				constructor = type.getDeclaredConstructor(
						Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
				constructor.setAccessible(true);
				for (Method accessor : accessors) {
					accessor.setAccessible(true);
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot use " + type.getSimpleName() + " as a statement's record", ex);
			}
		}

		Object read(int component, Record record) {
			try {
				return accessors[component].invoke(record);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("Cannot read " + names[component], ex);
			}
		}

	}

	/** How a column becomes each scalar type a component may declare. */
	private static final Map<Class<?>, Function<Value, Object>> SCALARS = Map.ofEntries(
			Map.entry(String.class, Value::asString), Map.entry(long.class, Value::asLong),
			Map.entry(Long.class, Value::asLong), Map.entry(int.class, Value::asInt), Map.entry(Integer.class, Value::asInt),
			Map.entry(double.class, Value::asDouble), Map.entry(Double.class, Value::asDouble),
			Map.entry(boolean.class, Value::asBoolean), Map.entry(Boolean.class, Value::asBoolean),
			Map.entry(LocalDate.class, Value::asLocalDate), Map.entry(LocalTime.class, Value::asLocalTime),
			Map.entry(LocalDateTime.class, Value::asLocalDateTime), Map.entry(ZonedDateTime.class, Value::asZonedDateTime),
			Map.entry(OffsetDateTime.class, Value::asOffsetDateTime),
			Map.entry(Instant.class, v -> v.asZonedDateTime().toInstant()));

	private static Object parameter(Object value) {
		return switch (value) {
			case null -> null;
			case Record nested -> parameters(nested);
			case Enum<?> constant -> constant.name();
			case Collection<?> list -> list.stream().map(Statements::parameter).toList();
			default -> value;
		};
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object value(Value value, Type type) {
		Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
		if (value == null || value.isNull()) {
			if (raw.isPrimitive()) {
				throw new IllegalStateException("A " + raw + " column was null");
			}
			return List.class.equals(raw) ? List.of() : null;
		}
		Function<Value, Object> scalar = SCALARS.get(raw);
		if (scalar != null) {
			return scalar.apply(value);
		}
		if (raw.isEnum()) {
			return Enum.valueOf((Class<Enum>) raw, value.asString());
		}
		if (raw.isRecord()) {
			return row(value::get, (Class<Record>) raw);
		}
		if (raw == List.class) {
			Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
			return value.asList(v -> value(v, element));
		}
		if (raw == Map.class) {
			return value.asMap();
		}
		return value.asObject();
	}

}
