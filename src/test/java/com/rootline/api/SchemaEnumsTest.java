package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

/**
 * Every enum of the GraphQL schema has a Java enum with exactly its values, so that the code names
 * a stage, a status or an error code as a constant the compiler checks, never as a string that
 * the schema may not know. One Java enum may serve several schema enums with the same values (the
 * leased jobs' statuses), and a Java enum named like a schema enum must carry its values exactly:
 * a nested enum is named with its classes ({@code Agent.Role} is AgentRole, not Role).
 */
class SchemaEnumsTest {

	@Test
	void everySchemaEnumHasAJavaEnumWithItsValues() throws IOException {
		Map<String, Set<String>> schema = schemaEnums();
		Map<String, Set<String>> java = javaEnums();
		Map<String, Set<String>> missing = new TreeMap<>(schema);
		missing.values().removeIf(java::containsValue);
		assertThat(missing).as("schema enums without a Java enum of the same values").isEmpty();
	}

	@Test
	void aJavaEnumNamedForASchemaEnumCarriesItsValues() throws IOException {
		Map<String, Set<String>> schema = schemaEnums();
		Set<String> named = new TreeSet<>();
		javaEnums().forEach((name, values) -> {
			// com.rootline.agent.Agent.Role: the classes' names after the package, joined.
			String joined = String.join("",
					Arrays.stream(name.split("\\.")).filter(part -> Character.isUpperCase(part.charAt(0))).toList());
			if (schema.containsKey(joined)) {
				assertThat(values).as(name + " against the schema's " + joined).isEqualTo(schema.get(joined));
				named.add(joined);
			}
		});
		assertThat(named).as("the names the check found").contains("AgentRole", "DealStage", "Role", "TaskStatus");
	}

	@Test
	void theCheckSeesValuesAcrossExtensions() throws IOException {
		// UserErrorCode is extended by every feature's schema file: all of them count.
		assertThat(schemaEnums().get("UserErrorCode")).contains("REQUIRED", "ALREADY_REFERRED", "INVALID_RRULE");
	}

	private static Map<String, Set<String>> schemaEnums() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		Map<String, Set<String>> enums = new TreeMap<>();
		registry.getTypes(EnumTypeDefinition.class).forEach(e -> enums.put(e.getName(), values(e)));
		registry.enumTypeExtensions().forEach((name, extensions) -> extensions
			.forEach(e -> enums.computeIfAbsent(name, n -> new TreeSet<>()).addAll(values(e))));
		return enums;
	}

	private static Set<String> values(EnumTypeDefinition definition) {
		return definition.getEnumValueDefinitions()
			.stream()
			.map(EnumValueDefinition::getName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The production code's enums by full name, with their constants. */
	private static Map<String, Set<String>> javaEnums() {
		Map<String, Set<String>> enums = new TreeMap<>();
		new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.rootline")
			.stream()
			.filter(JavaClass::isEnum)
			.forEach(e -> enums.put(e.getName().replace('$', '.'),
					Arrays.stream(e.reflect().getEnumConstants())
						.map(c -> ((Enum<?>) c).name())
						.collect(Collectors.toCollection(TreeSet::new))));
		return enums;
	}

}
