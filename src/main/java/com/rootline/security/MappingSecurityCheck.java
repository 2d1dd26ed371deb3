package com.rootline.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Default deny for GraphQL: a controller method that maps a schema field but says nothing about
 * roles would be open to every authenticated caller, so the service refuses to start instead.
 */
@Component
class MappingSecurityCheck implements SmartInitializingSingleton {

	private final ApplicationContext context;

	MappingSecurityCheck(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> open = unsecuredMappings(context);
		if (!open.isEmpty()) {
			throw new IllegalStateException("GraphQL mappings without @PreAuthorize (default is deny): " + open);
		}
	}

	static List<String> unsecuredMappings(ApplicationContext context) {
		List<String> open = new ArrayList<>();
		for (Object bean : context.getBeansWithAnnotation(Controller.class).values()) {
			Class<?> type = ClassUtils.getUserClass(bean);
			boolean classSecured = AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class);
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
				boolean mapping = AnnotatedElementUtils.hasAnnotation(method, SchemaMapping.class)
						|| AnnotatedElementUtils.hasAnnotation(method, BatchMapping.class);
				if (mapping && !classSecured && !AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)) {
					open.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}
		return open;
	}

}
