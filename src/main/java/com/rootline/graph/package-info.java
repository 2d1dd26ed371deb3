/**
 * Neo4j infrastructure: the embedded database of the default run, the connection to an external
 * server, cluster or Aura instance, schema migrations, the registry of named Cypher queries kept
 * under {@code cypher/queries} and {@link com.rootline.graph.Statements}, which runs them with
 * records in and out.
 */
package com.rootline.graph;
