/**
 * Game decisions judged by the SVO-transformed utility {@code cos(t) * own + sin(t) * other}:
 * consequences of each answer, best responses (ex post and to a uniform belief), the ideal
 * player of an angle, value rationality per decision and per game, and the angle-free choice
 * data the revealed-angle estimator takes.
 */
package org.svosim.games.assess;
