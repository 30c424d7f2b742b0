package org.svosim.simulation.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an image as a PNG (PNG specification, ISO/IEC 15948): 8-bit truecolour without alpha, every row
 * unfiltered, zlib at its default level. For charts (flat colours, thin antialiased lines) this gives
 * smaller files than ImageIO's writer, whose per-row choice among five filters cost most of the time of
 * drawing a run's figures; here the pixels are copied once and zlib does the rest. Deterministic.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_NONE = 0;
    private static final int TRUECOLOUR = 2;

    private PngEncoder() {
    }

    /** Writes {@code image} (its RGB; alpha, if any, is dropped) to {@code out}, which stays open. */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        DataOutputStream png = new DataOutputStream(out);
        png.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8);
        h.writeByte(TRUECOLOUR);
        h.writeByte(0); // deflate
        h.writeByte(0); // adaptive filtering (each row says its filter: none)
        h.writeByte(0); // not interlaced
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 4 + 1024);
        Deflater deflater = new Deflater();
        try {
            byte[] row = new byte[1 + 3 * width];
            byte[] buffer = new byte[1 << 16];
            int[] rgb = intRgb(image);
            int[] line = rgb == null ? new int[width] : null;
            for (int y = 0; y < height; y++) {
                int[] source = rgb;
                int from = y * width;
                if (source == null) {
                    image.getRGB(0, y, width, 1, line, 0, width);
                    source = line;
                    from = 0;
                }
                row[0] = FILTER_NONE;
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int p = source[from + x];
                    row[i] = (byte) (p >> 16);
                    row[i + 1] = (byte) (p >> 8);
                    row[i + 2] = (byte) p;
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    data.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                data.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        png.flush();
    }

    /** The pixels of an image stored as one int per pixel in RGB order, or null for any other layout. */
    private static int[] intRgb(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_INT_ARGB) {
            return null;
        }
        if (!(image.getRaster().getDataBuffer() instanceof DataBufferInt ints) || ints.getNumBanks() != 1
                || image.getRaster().getSampleModelTranslateX() != 0 || image.getRaster().getSampleModelTranslateY() != 0
                || ints.getData().length != image.getWidth() * image.getHeight()) {
            return null;
        }
        return ints.getData();
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeInt(data.length);
        png.write(name);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeInt((int) crc.getValue());
    }
}
