package com.rootline.marketing;

import java.util.Map;

import com.rootline.graph.Statements;

/** A specific station, site or publication we advertise in. */
public record MediaOutlet(String id, String name, String mediaTypeId, String website, String notes, boolean active) {

	/** An outlet from its node's own properties, as a query returned them whole ({@code o {.*}}). */
	public static MediaOutlet of(Map<String, Object> properties) {
		return Statements.row(properties, Node.class).outlet();
	}

	/** An outlet node's properties with its type's id; one stored without {@code active} is active. */
	record Node(String id, String name, String mediaTypeId, String website, String notes, Boolean active) {

		MediaOutlet outlet() {
			return new MediaOutlet(id, name, mediaTypeId, website, notes, !Boolean.FALSE.equals(active));
		}

	}

	/** A statement's row with an outlet in its {@code outlet} column. */
	record Row(Node outlet) {

		MediaOutlet value() {
			return outlet.outlet();
		}

	}

}
