package org.svosim.simulation.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Writes a chart as {@code <baseName>.png} and {@code <baseName>.svg}, each atomically
 * (a temporary file in the same directory, then a move), so readers never see half a file.
 *
 * <p>The SVG is {@code width x height} user units. The PNG is rendered at 2x for sharp
 * display on high-density screens: {@code 2*width x 2*height} pixels with the chart laid
 * out at {@code width x height} and scaled, so fonts and proportions match the SVG.
 * Both outputs are deterministic for the same chart (no timestamps, fixed SVG ids).
 */
public final class ChartFiles {

    /** Pixel scale of the PNG relative to the chart's layout size. */
    public static final int PNG_SCALE = 2;

    private static final AtomicLong TEMP_COUNTER = new AtomicLong();

    /** The files written. */
    public record Written(Path png, Path svg) {
    }

    private ChartFiles() {
    }

    /** Writes both files into {@code dir} (created if missing); returns their paths. */
    public static Written write(JFreeChart chart, Path dir, String baseName, int width, int height)
            throws IOException {
        Objects.requireNonNull(chart, "chart must not be null");
        Objects.requireNonNull(dir, "dir must not be null");
        requireBaseName(baseName);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive, got " + width + " x " + height);
        }
        Files.createDirectories(dir);
        Path png = dir.resolve(baseName + ".png");
        Path svg = dir.resolve(baseName + ".svg");
        writeAtomically(png, out -> PngEncoder.write(renderPng(chart, width, height), out));
        byte[] svgBytes = renderSvg(chart, width, height).getBytes(StandardCharsets.UTF_8);
        writeAtomically(svg, out -> out.write(svgBytes));
        return new Written(png, svg);
    }

    /** The chart as an opaque image of {@code PNG_SCALE*width x PNG_SCALE*height} pixels. */
    static BufferedImage renderPng(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * PNG_SCALE, height * PNG_SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(PNG_SCALE, PNG_SCALE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * The chart as a standalone SVG document with fixed ids and no DOCTYPE (so XML tools
     * never try to fetch the SVG DTD from the network).
     */
    static String renderSvg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("svosim_");
        g2.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        g2.setTransformDoubleConverter(SVGUtils.createDoubleConverter(4));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
    }

    private static void requireBaseName(String baseName) {
        Objects.requireNonNull(baseName, "baseName must not be null");
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")
                || baseName.equals(".") || baseName.equals("..")) {
            throw new IllegalArgumentException("baseName must be a plain file name without"
                    + " directory or extension, e.g. \"angles_backend_protocol\"; got \"" + baseName + "\"");
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Content content) throws IOException {
        // Not Files.createTempFile: that makes the file owner-only (0600), and the chart
        // should get the same permissions as any other output file.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + "." + TEMP_COUNTER.incrementAndGet() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
