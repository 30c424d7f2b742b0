package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastFormatsTest {

    @Test
    void numbersAreTheStrippedPlainBigDecimalOfEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextDouble(-200, 200);
                case 1 -> Math.round(r.nextDouble(-1e6, 1e6) * 100) / 100.0;
                case 2 -> r.nextDouble() * Math.pow(10, r.nextInt(-12, 12));
                default -> Double.longBitsToDouble(r.nextLong());
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            String expected = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
            assertThat(CsvCells.number(v)).as("number(%s)", v).isEqualTo(expected.equals("-0") ? "0" : expected);
        }
    }

    @Test
    void timesAreTheIsoMillisecondTextOfTheFormatter() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(ZoneOffset.UTC);
        SplittableRandom r = new SplittableRandom(10);
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextLong(-2_000_000_000L, 200_000_000_000L), r.nextInt(1_000_000_000));
            assertThat(CsvCells.time(t)).isEqualTo(formatter.format(t.truncatedTo(ChronoUnit.MILLIS)));
        }
    }
}
