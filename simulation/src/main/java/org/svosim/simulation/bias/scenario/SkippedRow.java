package org.svosim.simulation.bias.scenario;

import java.nio.file.Path;

/**
 * A source row that gave no scenario, and why.
 *
 * @param file   the file read
 * @param line   the row's (first) line number, from 1
 * @param reason what was wrong, in words
 */
public record SkippedRow(Path file, long line, String reason) {
    /** e.g. {@code Age.jsonl:12: no answer is marked "unknown"}. */
    @Override
    public String toString() {
        return file.getFileName() + ":" + line + ": " + reason;
    }
}
