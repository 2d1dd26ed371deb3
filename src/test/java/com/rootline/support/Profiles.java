package com.rootline.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

/** What one statement cost when it ran: its database hits, and the operators of its plan. */
public record Profiles(long dbHits, long rows, List<String> operators) {

	/** Runs the statement under PROFILE (it reads only: the lists and counts the tests profile). */
	public static Profiles of(Driver driver, String cypher, Map<String, Object> params) {
		try (var session = driver.session()) {
			ProfiledPlan plan = session.run("PROFILE " + cypher, params).consume().profile();
			List<String> operators = new ArrayList<>();
			long[] hits = { 0 };
			collect(plan, operators, hits);
			return new Profiles(hits[0], plan.records(), operators);
		}
	}

	private static void collect(ProfiledPlan plan, List<String> operators, long[] hits) {
		operators.add(plan.operatorType());
		hits[0] += plan.dbHits();
		for (Plan child : plan.children()) {
			collect((ProfiledPlan) child, operators, hits);
		}
	}

}
