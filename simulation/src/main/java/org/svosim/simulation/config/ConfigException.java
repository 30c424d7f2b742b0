package org.svosim.simulation.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A config file could not be loaded; carries every problem found, not only the first.
 * The message lists one problem per line ({@code configs/x.yaml:12:5: field: message}).
 *
 * <p>The command line treats this as a usage error and exits with {@link #EXIT_CODE} (2),
 * before any model is called.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The process exit code for a config that does not load. */
    public static final int EXIT_CODE = 2;

    private final transient List<ConfigProblem> problems;

    /** An exception carrying at least one problem. */
    public ConfigException(List<ConfigProblem> problems) {
        super(format(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    /** The exit code the command line uses for this failure: always {@link #EXIT_CODE}. */
    public int exitCode() {
        return EXIT_CODE;
    }

    private static String format(List<ConfigProblem> problems) {
        return problems.stream().map(ConfigProblem::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
