package org.svosim.simulation.bias.scenario;

/** A scenario source cannot be read at all (missing file, missing columns, broken CSV quoting); the message names the file. */
public class ScenarioSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScenarioSourceException(String message) {
        super(message);
    }

    public ScenarioSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
