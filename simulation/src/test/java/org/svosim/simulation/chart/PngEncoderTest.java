package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    private static BufferedImage noise(int type, int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, type);
        SplittableRandom random = new SplittableRandom(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(4) == 0 ? 0xffffff : random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static BufferedImage roundTrip(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertSamePixels(BufferedImage decoded, BufferedImage original) {
        assertThat(decoded.getWidth()).isEqualTo(original.getWidth());
        assertThat(decoded.getHeight()).isEqualTo(original.getHeight());
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                assertThat(decoded.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y)
                        .isEqualTo(original.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void aStandardDecoderReadsBackEveryPixel() throws IOException {
        BufferedImage image = noise(BufferedImage.TYPE_INT_RGB, 301, 97, 1);

        assertSamePixels(roundTrip(image), image);
    }

    @Test
    void imagesStoredOtherwiseAreWrittenPixelForPixelToo() throws IOException {
        BufferedImage bgr = noise(BufferedImage.TYPE_3BYTE_BGR, 64, 33, 2);
        BufferedImage part = noise(BufferedImage.TYPE_INT_RGB, 120, 80, 3).getSubimage(10, 20, 50, 40);

        assertSamePixels(roundTrip(bgr), bgr);
        assertSamePixels(roundTrip(part), part);
    }

    @Test
    void aRenderedChartIsWrittenAsTheImageDrawn() throws IOException {
        BufferedImage drawn = ChartFiles.renderPng(AngleDistributionChart.create(
                AngleDistributionChart.titleFor("sim", "direct"), MurphyLikeExample.points()), 600, 400);

        assertSamePixels(roundTrip(drawn), drawn);
    }

    @Test
    void theSameImageGivesTheSameBytes() throws IOException {
        BufferedImage image = noise(BufferedImage.TYPE_INT_RGB, 200, 100, 4);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PngEncoder.write(image, a);
        PngEncoder.write(image, b);

        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }
}
