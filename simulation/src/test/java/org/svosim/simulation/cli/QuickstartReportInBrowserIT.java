package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.simulation.report.HeadlessChromium;
import org.svosim.simulation.report.PageProbe;
import org.svosim.simulation.report.ReportFigures;
import org.svosim.simulation.report.ReportWriter;
import org.svosim.simulation.store.RunReader;

/**
 * The quickstart's report.html in a real browser (headless Chromium): every figure loads, nothing
 * is wider than the window, and a full-page screenshot is kept as target/report-screenshot.png.
 * Skipped when Chromium is not installed, except on CI (CI=true), where that is a failure.
 */
class QuickstartReportInBrowserIT {
    private static final Path QUICKSTART = Path.of("..", "configs", "quickstart.yaml");
    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
    private static final Path REPORT_COPY = Path.of("target", "report-quickstart.html");
    private static final int DESKTOP = 1280;
    private static final int NARROW = 760;

    @TempDir
    static Path work;
    static HeadlessChromium browser;
    static Path probed;

    @BeforeAll
    static void runQuickstartAndWriteItsReport() throws IOException {
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            String missing = "headless Chromium is not installed at " + HeadlessChromium.DEBIAN_BINARY
                    + " (apt-get install chromium, or set SVOSIM_CHROMIUM to a Chromium binary)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + "; on CI (CI=true) the browser test must run, not be skipped");
            }
            Assumptions.abort(missing + "; browser test skipped");
        }
        CliRun run = CliRun.of("run", QUICKSTART.toString(), "--output", work.resolve("output").toString(),
                "--no-progress");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path runDir = CliRun.onlyRunFolder(work.resolve("output"), "quickstart");
        Path report;
        try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
            report = ReportWriter.write(reader, runDir, ReportFigures.anglePlots(runDir.resolve("plots"),
                    reader.trials()), List.of());
        }
        Files.createDirectories(REPORT_COPY.toAbsolutePath().getParent());
        Files.copy(report, REPORT_COPY, StandardCopyOption.REPLACE_EXISTING);
        probed = runDir.resolve("report-probed.html");
        PageProbe.instrument(report, probed);
        browser = new HeadlessChromium(chromium.get(), Files.createDirectories(work.resolve("chromium")));
    }

    private static JsonNode measure(int width) throws IOException {
        return PageProbe.result(browser.dumpDom(probed, width, 900));
    }

    @Test
    void everyFigureLoadsInTheBrowser() throws IOException {
        JsonNode page = measure(DESKTOP);

        assertThat(page.path("images").asInt() + page.path("svgs").asInt()).as("figures on the page").isEqualTo(2);
        assertThat(page.path("brokenImages")).as("figures that did not load").isEmpty();
        assertThat(page.path("emptySvgs").asInt()).isZero();
        assertThat(page.path("missingFigures").asInt()).isZero();
    }

    @Test
    void nothingIsWiderThanADesktopWindow() throws IOException {
        assertFitsTheWindow(measure(DESKTOP), DESKTOP);
    }

    @Test
    void nothingIsWiderThanANarrowWindow() throws IOException {
        assertFitsTheWindow(measure(NARROW), NARROW);
    }

    @Test
    void fullPageScreenshotIsSavedUnderTarget() throws IOException {
        int height = Math.min(16_000, measure(DESKTOP).path("scrollHeight").asInt());

        browser.screenshot(probed, SCREENSHOT, DESKTOP, height);

        assertThat(height).isGreaterThan(2000);
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(50_000);
    }

    private static void assertFitsTheWindow(JsonNode page, int width) {
        assertThat(page.path("innerWidth").asInt()).isEqualTo(width);
        assertThat(page.path("scrollWidth").asInt()).as("page width; too wide: %s", page.path("tooWide"))
                .isLessThanOrEqualTo(page.path("innerWidth").asInt());
        assertThat(page.path("tooWide")).as("elements reaching past the window's right edge").isEmpty();
    }
}
