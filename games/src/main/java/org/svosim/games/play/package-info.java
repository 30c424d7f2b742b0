/**
 * Allocation games between agents (slider with a real partner, dictator, ultimatum, prisoner's
 * dilemma, public goods, trust, and custom games from data), each a pure function from the move
 * history to the next question and to the payoffs.
 */
package org.svosim.games.play;
