package org.svosim.simulation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SqlValuesTest {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void handWrittenTimestampMatchesTheIsoFormatterForAnyInstantOfFourDigitYears() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int k = 0; k < 20_000; k++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            assertThat(SqlValues.timestamp(t)).as("%s", t).isEqualTo(ISO_MILLIS.format(t));
        }
    }

    @Test
    void timestampTruncatesToTheMillisecondAndKeepsLeadingZeros() {
        assertThat(SqlValues.timestamp(Instant.parse("2026-01-02T03:04:05.006999Z"))).isEqualTo("2026-01-02T03:04:05.006Z");
        assertThat(SqlValues.timestamp(Instant.parse("0987-01-02T03:04:05Z"))).isEqualTo("0987-01-02T03:04:05.000Z");
        assertThat(SqlValues.timestamp(null)).isNull();
    }
}
