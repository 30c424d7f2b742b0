package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's {@code ./svo-sim} launcher runs the built jar (integration test: needs the packaged jar). */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("..", "svo-sim").toAbsolutePath().normalize();

    private record Outcome(int exitCode, String output) {
    }

    private static Outcome launch(Path launcher, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("SVO_SIM_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(p.waitFor(), out);
    }

    @Test
    void launcherRunsTheBuiltJarAndPassesArgumentsAndExitCodesThrough() throws Exception {
        Outcome version = launch(LAUNCHER, Map.of(), "--version");
        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).contains("svo_sim");

        Outcome bad = launch(LAUNCHER, Map.of(), "validate", "no-such-config.yaml");
        assertThat(bad.exitCode()).as(bad.output()).isEqualTo(2);
    }

    @Test
    void javaOptionsFromTheEnvironmentReplaceTheLaunchersOwn() throws Exception {
        Outcome refused = launch(LAUNCHER, Map.of("SVO_SIM_JAVA_OPTS", "-XX:NoSuchOption"), "--version");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("NoSuchOption");
    }

    @Test
    void launcherWithoutABuiltJarSaysHowToBuildItAndExitsTwo(@TempDir Path elsewhere) throws Exception {
        Path copy = elsewhere.resolve("svo-sim");
        Files.copy(LAUNCHER, copy);
        Outcome missing = launch(copy, Map.of(), "--version");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.output()).contains("mvn -B -q -DskipTests package");
    }
}
