package com.rootline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Package rules. Feature packages are flat, so package-private types are invisible across them by
 * the compiler; these rules add what the compiler does not check.
 */
@AnalyzeClasses(packages = "com.rootline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String[] FEATURES = { "com.rootline.contact..", "com.rootline.agent..", "com.rootline.referral..",
			"com.rootline.marketing..", "com.rootline.deal..", "com.rootline.gift..", "com.rootline.exchange..",
			"com.rootline.task..", "com.rootline.touchplan..", "com.rootline.today..", "com.rootline.calendar.." };

	@ArchTest
	static final ArchRule infrastructureDoesNotDependOnFeatures = noClasses().that()
		.resideInAnyPackage("com.rootline.graph..", "com.rootline.api..", "com.rootline.security..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FEATURES);

	@ArchTest
	static final ArchRule graphDoesNotDependOnTheApiLayer = noClasses().that()
		.resideInAPackage("com.rootline.graph..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.rootline.api..", "com.rootline.security..", "org.springframework.graphql..");

	/** Mutations are retried in one place (api/MutationRetries), not by each controller. */
	@ArchTest
	static final ArchRule controllersLeaveRetriesToTheOnePolicy = noClasses().that()
		.areAnnotatedWith(org.springframework.stereotype.Controller.class)
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("com.rootline.graph.Retries");

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("com.rootline.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule onlyPublicTypesCrossPackageBoundaries = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
		.classes()
		.that()
		.resideInAPackage("com.rootline..")
		.should(new ArchCondition<JavaClass>("use only public types of other Rootline packages") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency d : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = d.getTargetClass();
					boolean otherRootlinePackage = target.getPackageName().startsWith("com.rootline")
							&& !target.getPackageName().equals(origin.getPackageName());
					if (otherRootlinePackage && !target.getModifiers().contains(JavaModifier.PUBLIC)) {
						events.add(SimpleConditionEvent.violated(d, d.getDescription()));
					}
				}
			}
		});

}
