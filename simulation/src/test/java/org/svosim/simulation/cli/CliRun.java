package org.svosim.simulation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the svo-sim command line in-process and keeps its exit code and output (test helper). */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SvoSimCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The one run folder under {@code outputRoot/experiment}. */
    static Path onlyRunFolder(Path outputRoot, String experiment) throws IOException {
        try (Stream<Path> dirs = Files.list(outputRoot.resolve(experiment))) {
            List<Path> all = dirs.toList();
            if (all.size() != 1) {
                throw new AssertionError("expected one run folder, found " + all);
            }
            return all.get(0);
        }
    }
}
