package org.svosim.simulation.experiment;

import static org.svosim.simulation.experiment.AnalysisWorkers.await;
import static org.svosim.simulation.experiment.AnalysisWorkers.uncheckedAwait;
import static org.svosim.simulation.experiment.AnalysisWorkers.withOwnReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.svosim.simulation.analysis.AnalysisOutputs;
import org.svosim.simulation.analysis.AnalysisSettings;
import org.svosim.simulation.analysis.ResearchAnalysis;
import org.svosim.simulation.analysis.ResearchTables;
import org.svosim.simulation.chart.AngleDistributionChart;
import org.svosim.simulation.chart.AnglePoint;
import org.svosim.simulation.chart.BackendProtocol;
import org.svosim.simulation.chart.ChartFiles;
import org.svosim.simulation.export.AnswerTotals;
import org.svosim.simulation.export.CallTotals;
import org.svosim.simulation.export.LiveExports;
import org.svosim.simulation.export.RunDigest;
import org.svosim.simulation.export.RunExports;
import org.svosim.simulation.report.CodebookWriter;
import org.svosim.simulation.report.CsvReportTable;
import org.svosim.simulation.report.ReportFigure;
import org.svosim.simulation.report.ReportFigures;
import org.svosim.simulation.report.ReportTable;
import org.svosim.simulation.report.ReportWriter;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * Derives a run's tables, plots, codebook and report from its database alone, so a finished
 * run can be re-analysed at any time without a model call. The trials are read once and the item
 * answers condensed inside the database (at the end of a fresh run, both come from the spools of
 * {@link LiveExports}, which kept them as the trials were committed); the call totals, the exports
 * ({@link RunAnalysisExports}) and the angle plots are read and written by worker threads while this
 * thread computes the statistics and draws the research figures.
 */
public final class RunAnalysis {
    /** Fewest trials worth a reader of their own when reading the trials in two halves. */
    private static final int MIN_TRIALS_PER_READER = 20_000;

    private RunAnalysis() {
    }

    /** {@link #analyze(RunFolder, boolean)} with transcripts.jsonl. */
    public static void analyze(RunFolder folder) throws IOException {
        analyze(folder, true);
    }

    /**
     * Re-analyses a run from its database: decisions.csv, trials.csv (and transcripts.jsonl if
     * {@code transcripts}) are written again only when they are not {@link ExportFreshness up to date}.
     */
    public static void analyze(RunFolder folder, boolean transcripts) throws IOException {
        analyze(folder, transcripts, null, false);
    }

    /**
     * Writes the exports, the angle plots, the research statistics and figures (circular statistics,
     * calibration, comparisons, confusion; bootstrap seeded from the run seed), {@code codebook.md} and
     * {@code report.html}; the report reads the manifest, so call this after the manifest is final.
     *
     * <p>decisions.csv, trials.csv and transcripts.jsonl (if {@code transcripts}) come from {@code live} when
     * its spools hold every trial of the database; otherwise from the database, when {@code rewrite} or when
     * the files on disk are not up to date. Everything else is always written again.
     */
    public static void analyze(RunFolder folder, boolean transcripts, LiveExports live, boolean rewrite)
            throws IOException {
        analyze(folder, transcripts, live, rewrite, () -> null);
    }

    /**
     * As {@link #analyze(RunFolder, boolean, LiveExports, boolean)}, with {@code finalManifest} (which writes
     * the run's final manifest) run by a worker from the start and awaited before the report, which reads it.
     */
    public static void analyze(RunFolder folder, boolean transcripts, LiveExports live, boolean rewrite,
                               Callable<Object> finalManifest) throws IOException {
        LiveExports.deleteLeftovers(folder.dir());
        ExecutorService workers = AnalysisWorkers.pool(4);
        Future<Object> manifest = workers.submit(finalManifest);
        try (RunReader reader = RunReader.open(folder.database())) {
            Optional<List<Future<Object>>> spooled = RunAnalysisExports.fromSpools(live, reader.trialCount(),
                    transcripts, workers);
            // the answer totals as the spools summed them, or summed by the database
            Future<AnswerTotals> answers = spooled.isPresent() ? CompletableFuture.completedFuture(live.answers())
                    : workers.submit(withOwnReader(folder, own -> AnswerTotals.read(own, RunDigest.primaryItems(own))));
            // the rows run.db committed, as the spools kept them, or read back
            List<TrialRow> trials = spooled.isPresent() ? live.trials() : trials(reader, folder, workers);
            List<Future<Object>> exports = spooled.isPresent() ? spooled.get()
                    : RunAnalysisExports.fromDatabase(folder, trials, transcripts, rewrite, workers);
            Future<CallTotals> calls = workers.submit(withOwnReader(folder, own -> CallTotals.of(own, trials)));
            Future<Object> anglePlots = workers.submit(() -> {
                writeAnglePlots(trials, folder.plots());
                return null;
            });
            AnalysisOutputs research = ResearchAnalysis.write(reader, folder.dir(), AnalysisSettings.defaults(),
                    trials, () -> uncheckedAwait(answers), workers);
            RunDigest digest = RunDigest.of(trials, await(answers), await(calls));
            await(anglePlots);
            RunExports.summary(folder.dir(), digest.summaries());
            CodebookWriter.write(folder.dir(), ResearchTables.all());
            List<ReportFigure> figures = new ArrayList<>(ReportFigures.anglePlots(folder.plots(), trials));
            for (AnalysisOutputs.Figure f : research.figures()) {
                figures.add(new ReportFigure(f.title(), f.caption(), f.png(), f.svg()));
            }
            List<ReportTable> tables = new ArrayList<>();
            for (AnalysisOutputs.Table t : research.tables()) {
                tables.add(CsvReportTable.read(t.file(), t.file().getFileName().toString(), t.description(), 3));
            }
            await(manifest);
            ReportWriter.write(reader, folder.dir(), digest, figures, tables);
            for (Future<Object> export : exports) {
                await(export);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** Every trial in plan order, the second half of the plan read by a worker at the same time as the first. */
    private static List<TrialRow> trials(RunReader reader, RunFolder folder, ExecutorService workers)
            throws IOException {
        int[] range = reader.planIndexRange().orElse(null);
        if (range == null || range[1] - range[0] < 2 * MIN_TRIALS_PER_READER) {
            return reader.trials();
        }
        int middle = range[0] + (range[1] - range[0]) / 2;
        Future<List<TrialRow>> second = workers.submit(withOwnReader(folder,
                own -> own.trials(middle + 1, Integer.MAX_VALUE)));
        List<TrialRow> all = new ArrayList<>(reader.trials(Integer.MIN_VALUE, middle));
        all.addAll(await(second));
        return all;
    }

    /** One angle-distribution plot (PNG and SVG) per backend x protocol, also for conditions with no valid trial. */
    static void writeAnglePlots(List<TrialRow> trials, Path plotDir) throws IOException {
        Map<BackendProtocol, List<AnglePoint>> groups = new TreeMap<>();
        for (TrialRow t : trials) {
            List<AnglePoint> points = groups.computeIfAbsent(new BackendProtocol(t.backend(), t.protocol()),
                    k -> new ArrayList<>());
            if (t.valid()) {
                points.add(new AnglePoint(t.backend(), t.protocol(), t.valueLabel(), t.targetDegrees(),
                        t.idealLow(), t.idealHigh(), t.angle()));
            }
        }
        Files.createDirectories(plotDir);
        for (Map.Entry<BackendProtocol, List<AnglePoint>> g : groups.entrySet()) {
            ChartFiles.write(AngleDistributionChart.create(g.getKey().title(), g.getValue()), plotDir,
                    g.getKey().fileBaseName(), AngleDistributionChart.WIDTH, AngleDistributionChart.HEIGHT);
        }
    }
}
