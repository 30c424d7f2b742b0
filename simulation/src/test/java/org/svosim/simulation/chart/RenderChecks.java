package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Shared checks that a chart renders: PNG at 2x with varied pixels, SVG that parses and holds the title. */
final class RenderChecks {
    private RenderChecks() {
    }

    static void rendersPngAtTwiceTheLayoutSize(JFreeChart chart, int width, int height) {
        BufferedImage image = ChartFiles.renderPng(chart, width, height);

        assertThat(image.getWidth()).isEqualTo(2 * width);
        assertThat(image.getHeight()).isEqualTo(2 * height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours in the image").hasSizeGreaterThan(20);
    }

    static void rendersSvgWithTitle(JFreeChart chart, int width, int height, String title) throws Exception {
        String svg = ChartFiles.renderSvg(chart, width, height);

        assertThat(svg).contains(escape(title));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
