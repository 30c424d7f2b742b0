package org.svosim.simulation.config;

import org.svosim.agents.traffic.TrafficSettings;

/**
 * How a backend's endpoint is used: its traffic limits and retry policy, and its model's price.
 * The simulated agent has no traffic and no price.
 */
public record EndpointSettings(TrafficSettings traffic, TokenPrice price) {
}
