/**
 * Neo4j infrastructure: the embedded database of the default run, the connection to an external
 * server, cluster or Aura instance, schema migrations, and the registry of named Cypher queries
 * kept under {@code cypher/queries}.
 */
package com.rootline.graph;
