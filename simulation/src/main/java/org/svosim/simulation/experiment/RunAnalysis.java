package org.svosim.simulation.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.svosim.simulation.chart.AngleDistributionChart;
import org.svosim.simulation.chart.AnglePoint;
import org.svosim.simulation.chart.BackendProtocol;
import org.svosim.simulation.chart.ChartFiles;
import org.svosim.simulation.export.RunExports;
import org.svosim.simulation.analysis.AnalysisOutputs;
import org.svosim.simulation.analysis.AnalysisSettings;
import org.svosim.simulation.analysis.ResearchAnalysis;
import org.svosim.simulation.analysis.ResearchTables;
import org.svosim.simulation.report.CodebookWriter;
import org.svosim.simulation.report.CsvReportTable;
import org.svosim.simulation.report.ReportFigure;
import org.svosim.simulation.report.ReportTable;
import org.svosim.simulation.report.ReportFigures;
import org.svosim.simulation.report.ReportWriter;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * Derives a run's tables, plots, codebook and report from its database alone, so a finished
 * run can be re-analysed at any time without a model call.
 */
public final class RunAnalysis {
    private RunAnalysis() {
    }

    /**
     * Writes the CSV/JSONL exports, the angle plots, the research statistics and figures
     * (circular statistics, calibration, comparisons, confusion; bootstrap seeded from the run
     * seed), {@code codebook.md} and {@code report.html}; the report reads the manifest, so call
     * this after the manifest is final.
     */
    public static void analyze(RunFolder folder) throws IOException {
        try (RunReader reader = RunReader.open(folder.database())) {
            RunExports.writeAll(reader, folder.dir());
            List<TrialRow> trials = reader.trials();
            writeAnglePlots(trials, folder.plots());
            AnalysisOutputs research = ResearchAnalysis.write(reader, folder.dir(), AnalysisSettings.defaults());
            CodebookWriter.write(folder.dir(), ResearchTables.all());
            List<ReportFigure> figures = new ArrayList<>(ReportFigures.anglePlots(folder.plots(), trials));
            for (AnalysisOutputs.Figure f : research.figures()) {
                figures.add(new ReportFigure(f.title(), f.caption(), f.png(), f.svg()));
            }
            List<ReportTable> tables = new ArrayList<>();
            for (AnalysisOutputs.Table t : research.tables()) {
                tables.add(CsvReportTable.read(t.file(), t.file().getFileName().toString(), t.description(), 3));
            }
            ReportWriter.write(reader, folder.dir(), figures, tables);
        }
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
