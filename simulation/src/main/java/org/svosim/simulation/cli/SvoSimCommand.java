package org.svosim.simulation.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code svo-sim} command line: run an experiment, re-analyse a run, validate a config.
 * Exit codes: 0 done, 1 the run failed, 2 bad input (config, paths, missing keys).
 */
@Command(name = "svo-sim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tests whether LLM agents hold an induced social value orientation (SVO).",
        subcommands = {RunCommand.class, AnalyzeCommand.class, ValidateCommand.class, TemplatesCommand.class,
                SchemaCommand.class, EstimateCommand.class})
public final class SvoSimCommand implements Runnable {

    /** Bad input: a config error, a missing file, a missing API key variable. */
    public static final int EXIT_BAD_INPUT = 2;
    /** The run itself failed (not a model call: those are recorded as data). */
    public static final int EXIT_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int code = commandLine().execute(args);
        if (!InterruptHandler.shutdownStarted()) {
            System.exit(code);
        }
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SvoSimCommand());
        // picocli answers invalid usage with ExitCode.USAGE, which is 2 = EXIT_BAD_INPUT.
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("svo-sim: " + ex.getMessage());
            return EXIT_FAILED;
        });
        return cl;
    }
}
