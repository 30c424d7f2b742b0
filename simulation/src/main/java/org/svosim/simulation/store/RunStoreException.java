package org.svosim.simulation.store;

/** A run database could not be created, opened, read or written; the message names the file and the step. */
public final class RunStoreException extends RuntimeException {
    public RunStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public RunStoreException(String message) {
        super(message);
    }
}
