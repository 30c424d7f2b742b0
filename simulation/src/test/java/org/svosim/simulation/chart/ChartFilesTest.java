package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ChartFilesTest {

    private static final String TITLE = AngleDistributionChart.titleFor("sim-backend", "plain");

    @TempDir
    Path dir;

    private static JFreeChart murphyChart() {
        return AngleDistributionChart.create(TITLE, MurphyLikeExample.points());
    }

    @Test
    void pngIsRenderedAtTwiceTheLayoutSizeWithVariedPixels() throws IOException {
        ChartFiles.Written written = ChartFiles.write(murphyChart(), dir, "angles", 900, 560);

        BufferedImage image = ImageIO.read(written.png().toFile());
        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo(1120);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours: points, text, boxes, lines").hasSizeGreaterThan(20);
    }

    @Test
    void svgParsesAsXmlAndCarriesTheTitleAsText() throws Exception {
        ChartFiles.Written written = ChartFiles.write(murphyChart(), dir, "angles", 900, 560);

        String svg = Files.readString(written.svg());
        assertThat(svg).contains("<svg").contains("Measured SVO angle by induced value")
                .contains("sim-backend, plain").contains("ideal agent");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(doc.getDocumentElement().getLocalName() == null
                ? doc.getDocumentElement().getTagName() : doc.getDocumentElement().getLocalName())
                .isEqualTo("svg");
    }

    @Test
    void sameDataRendersIdenticalPngBytesAndSvgText() throws IOException {
        ChartFiles.Written first = ChartFiles.write(murphyChart(), dir.resolve("a"), "angles", 700, 450);
        ChartFiles.Written second = ChartFiles.write(murphyChart(), dir.resolve("b"), "angles", 700, 450);

        assertThat(Files.readAllBytes(second.png())).isEqualTo(Files.readAllBytes(first.png()));
        assertThat(Files.readString(second.svg())).isEqualTo(Files.readString(first.svg()));
    }

    @Test
    void emptyChartIsWrittenAndSaysNoValidTrials() throws IOException {
        JFreeChart empty = AngleDistributionChart.create(TITLE, List.of());

        ChartFiles.Written written = ChartFiles.write(empty, dir, "empty", 600, 400);

        assertThat(ImageIO.read(written.png().toFile()).getWidth()).isEqualTo(1200);
        assertThat(Files.readString(written.svg())).contains(AngleDistributionChart.NO_DATA);
    }

    @Test
    void rewritingReplacesTheFilesAndLeavesNoTemporaryFiles() throws IOException {
        ChartFiles.write(AngleDistributionChart.create(TITLE, List.of()), dir, "angles", 600, 400);
        ChartFiles.Written written = ChartFiles.write(murphyChart(), dir, "angles", 600, 400);

        assertThat(Files.readString(written.svg())).doesNotContain(AngleDistributionChart.NO_DATA);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("angles.png", "angles.svg");
        }
    }

    @Test
    void murphyLikeSampleIsWrittenUnderTargetForInspection() throws IOException {
        Path samples = Path.of("target", "chart-samples");

        ChartFiles.Written written = ChartFiles.write(murphyChart(), samples, "murphy-like",
                AngleDistributionChart.WIDTH, AngleDistributionChart.HEIGHT);

        assertThat(ImageIO.read(written.png().toFile()).getHeight()).isEqualTo(1120);
    }

    @Test
    void baseNameWithADirectoryIsRejected() {
        assertThatThrownBy(() -> ChartFiles.write(murphyChart(), dir, "sub/angles", 600, 400))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain file name").hasMessageContaining("sub/angles");
    }

    @Test
    void nonPositiveSizeIsRejected() {
        assertThatThrownBy(() -> ChartFiles.write(murphyChart(), dir, "angles", 0, 400))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 x 400");
    }
}
