package org.svosim.simulation.bias.scenario;

/** A single row is malformed; the reader records it as a {@link SkippedRow} and goes on. */
final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;

    RowProblem(String reason) {
        super(reason, null, false, false);
    }
}
