package org.svosim.simulation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Drives Debian's headless Chromium from the command line: dumps a page's DOM after it loaded
 * (and its scripts ran) and takes screenshots. Every run gets a fresh profile and no network
 * services (test helper).
 */
public final class HeadlessChromium {
    /** Where Debian's {@code chromium} package puts the browser. */
    public static final Path DEBIAN_BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;
    private final Path workDir;
    private int runs;

    public HeadlessChromium(Path binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    /** The browser binary ({@code SVOSIM_CHROMIUM} if set, else Debian's), if it is installed. */
    public static Optional<Path> find() {
        String configured = System.getenv("SVOSIM_CHROMIUM");
        Path p = configured == null || configured.isBlank() ? DEBIAN_BINARY : Path.of(configured);
        return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }

    /** The page's DOM as serialised after the load event, in a {@code width x height} window. */
    public String dumpDom(Path page, int width, int height) throws IOException {
        Path out = run(page, width, height, "--dump-dom");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A PNG screenshot of the page in a {@code width x height} window. */
    public void screenshot(Path page, Path png, int width, int height) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(page, width, height, "--screenshot=" + png.toAbsolutePath());
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            throw new IOException("chromium wrote no screenshot to " + png);
        }
    }

    private Path run(Path page, int width, int height, String action) throws IOException {
        int n = ++runs;
        Path profile = Files.createDirectories(workDir.resolve("profile-" + n));
        Path stdout = workDir.resolve("chromium-" + n + ".out");
        Path stderr = workDir.resolve("chromium-" + n + ".err");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, action,
                page.toAbsolutePath().toUri().toString()));
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for chromium", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("chromium exited with " + process.exitValue() + ": " + Files.readString(stderr));
        }
        return stdout;
    }
}
