package com.rootline.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import com.rootline.api.ErrorCode;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who may read a contact's personal details. The one rule, for GraphQL fields and exports alike:
 * <ul>
 * <li>phones, e-mails, birthdays and anniversaries, spouse, children, hobbies and the interaction
 * log need AGENT (so BROKER and ADMIN too), as do the contact exports (CSV and vCard);</li>
 * <li>postal addresses need AGENT or MARKETING (direct mail), as do the mailing labels;</li>
 * <li>names and business fields (company, job title, groups, tags, level, type, custom fields)
 * need VIEWER.</li>
 * </ul>
 * A field the caller may not read is null with a FORBIDDEN error at its path; the rest of the
 * contact is answered. The caller's roles are read once per request, on the request's thread.
 */
@Component
class PersonalData extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

	static final Set<String> AGENT_FIELDS = Set.of("phones", "emails", "birthday", "anniversary", "spouse", "children",
			"hobbies", "interactions");

	static final Set<String> MAILING_FIELDS = Set.of("addresses");

	private static final String ROLES = PersonalData.class.getName() + ".roles";

	private final RoleHierarchy hierarchy;

	PersonalData(RoleHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Collection<? extends GrantedAuthority> reachable = auth == null ? Set.of()
				: hierarchy.getReachableGrantedAuthorities(auth.getAuthorities());
		Set<String> roles = reachable.stream().map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(ROLES, roles)).build());
		return chain.next(request);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (!(parameters.getExecutionStepInfo().getObjectType() instanceof GraphQLObjectType type)
				|| !type.getName().equals("Contact")) {
			return dataFetcher;
		}
		String field = parameters.getExecutionStepInfo().getFieldDefinition().getName();
		boolean agentOnly = AGENT_FIELDS.contains(field);
		if (!agentOnly && !MAILING_FIELDS.contains(field)) {
			return dataFetcher;
		}
		Set<String> roles = parameters.getEnvironment().getGraphQlContext().getOrDefault(ROLES, Set.of());
		boolean allowed = roles.contains(Role.AGENT.authority())
				|| (!agentOnly && roles.contains(Role.MARKETING.authority()));
		if (allowed) {
			return dataFetcher;
		}
		return env -> DataFetcherResult.newResult()
			.data(null)
			.error(GraphqlErrorBuilder.newError(env)
				.message("Your roles do not allow " + field + ": personal details need the AGENT role"
						+ (agentOnly ? "" : " or MARKETING"))
				.errorType(ErrorCode.FORBIDDEN.classification())
				.extensions(Map.of("code", ErrorCode.FORBIDDEN.name()))
				.build())
			.build();
	}

}
