/**
 * Rootline: a referral-analytics CRM for real-estate brokers, agents and loan officers.
 * <p>
 * Feature packages ({@code contact}, {@code referral}, ...) hold the GraphQL controllers, services
 * and records of one part of the domain; {@code graph}, {@code api} and {@code security} are the
 * infrastructure they stand on. Feature packages talk to each other only through public types.
 */
package com.rootline;
