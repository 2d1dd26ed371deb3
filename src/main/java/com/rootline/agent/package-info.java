/**
 * Agents: team members who own contacts and partners (agents at other brokerages, builders,
 * lenders) who refer clients to us and receive clients from us. Graph shape:
 * {@code (:Agent {kind: TEAM|PARTNER})-[:OWNS]->(:Contact)}.
 */
package com.rootline.agent;
