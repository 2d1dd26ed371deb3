package com.rootline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

/**
 * What the driver observes through: the application's handlers see its observations, but they have
 * no parent and never take over, or end, the scope of the request on the thread.
 */
class DetachedObservationRegistryTest {

	private final List<String> seen = new ArrayList<>();

	private final ObservationRegistry application = ObservationRegistry.create();

	DetachedObservationRegistryTest() {
		application.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStart(Observation.Context context) {
				seen.add("start " + context.getName());
			}

			@Override
			public void onStop(Observation.Context context) {
				seen.add("stop " + context.getName());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
	}

	@Test
	void aDriverObservationHasNoParentAndLeavesTheRequestsScopeCurrent() {
		Observation request = Observation.start("request", application);
		try (Observation.Scope ignored = request.openScope()) {
			Observation query = Observation.start("query", new DetachedObservationRegistry(application));
			assertThat(query.getContext().getParentObservation()).isNull();
			try (Observation.Scope inner = query.openScope()) {
				assertThat(application.getCurrentObservation()).isSameAs(request);
			}
			assertThat(application.getCurrentObservation()).isSameAs(request);
			query.stop();
		}
		request.stop();
		assertThat(seen).containsExactly("start request", "start query", "stop query", "stop request");
	}

}
