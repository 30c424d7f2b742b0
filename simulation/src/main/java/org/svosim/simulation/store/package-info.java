/**
 * The run database: one SQLite file per run ({@code run.db}) written by a single owner as trials
 * finish, and read back as typed rows for analysis and export.
 */
package org.svosim.simulation.store;
