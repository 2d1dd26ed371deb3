package com.rootline.graph;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * The application's observation handlers and conventions, without a current observation: what the
 * Neo4j driver observes through. The driver's pool schedules an acquisition-timeout task with
 * every connection it lends and never cancels it (neo4j-bolt-connection-pooled 11.0.2), and that
 * task reaches the lent connection's observation. With the request's observation as its parent,
 * every GraphQL request, its DataLoaders and the values they loaded, stayed in the heap until the
 * timeout passed. Detached, the task holds only the driver's own small observation.
 * <p>
 * The driver's metrics are the same; a trace would show its spans beside the request's instead of
 * under them. The driver's own scopes are not made current: closing one restores the scope it
 * found, which here is none, and that would end the request's scope on the thread.
 */
final class DetachedObservationRegistry implements ObservationRegistry {

	private final ObservationRegistry handlers;

	DetachedObservationRegistry(ObservationRegistry handlers) {
		this.handlers = handlers;
	}

	@Override
	public Observation getCurrentObservation() {
		return null;
	}

	@Override
	public Observation.Scope getCurrentObservationScope() {
		return null;
	}

	@Override
	public void setCurrentObservationScope(Observation.Scope scope) {
		// Deliberately nothing: see the class comment.
	}

	@Override
	public ObservationConfig observationConfig() {
		return handlers.observationConfig();
	}

	@Override
	public boolean isNoop() {
		return handlers.isNoop();
	}

}
