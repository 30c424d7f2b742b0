/**
 * The experiment config: a YAML file loaded into validated records, with every mistake
 * reported by file, line, column and field before any model is called.
 */
package org.svosim.simulation.config;
