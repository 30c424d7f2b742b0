package org.svosim.simulation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StoredTimestampsTest {

    @Test
    void theStoredFormReadsBackAsTheSameInstantAsTheIsoParser() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochMilli(r.nextLong(0, 250_000_000_000_000L)).truncatedTo(ChronoUnit.MILLIS);
            String text = SqlValues.timestamp(t);
            assertThat(SqlValues.instant(text)).isEqualTo(Instant.parse(text)).isEqualTo(t);
        }
    }

    @Test
    void otherIsoFormsAreStillRead() {
        assertThat(SqlValues.instant("2026-11-02T09:15:00Z")).isEqualTo(Instant.parse("2026-11-02T09:15:00Z"));
        assertThat(SqlValues.instant("2026-11-02T09:15:00.123456Z"))
                .isEqualTo(Instant.parse("2026-11-02T09:15:00.123456Z"));
        assertThat(SqlValues.instant(null)).isNull();
    }
}
