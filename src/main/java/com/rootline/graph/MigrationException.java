package com.rootline.graph;

/** Stops start-up: the schema in the graph cannot be brought to the version this code expects. */
public class MigrationException extends RuntimeException {

	public MigrationException(String message) {
		super(message);
	}

	public MigrationException(String message, Throwable cause) {
		super(message, cause);
	}

}
