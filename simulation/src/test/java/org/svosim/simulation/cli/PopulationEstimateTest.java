package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code svo-sim estimate} for a population config: calls, tokens and cost of matches and slider interviews. */
class PopulationEstimateTest {
    private static final Pattern TOTAL = Pattern.compile(
            "^total\\s+(\\d+)\\.\\.(\\d+)\\s+(\\d+)\\.\\.(\\d+)\\s+(\\d+)\\.\\.(\\d+)\\s+(\\S+)\\.\\.(\\S+)", Pattern.MULTILINE);
    /** Four agents round robin: 6 prisoner's dilemmas of 2 rounds, 24 decisions. */
    private static final String POPULATION = String.join("\n",
            "experiment: pop-estimate",
            "backends:",
            "  m: {provider: openai, model: gpt-4o-mini, max_tokens: 200, price_input_per_million: 0.15,"
                    + " price_output_per_million: 0.60}",
            "population:",
            "  groups:",
            "    - {name: a, count: 2, backend: m, value: altruistic}",
            "    - {name: c, count: 2, backend: m, value: competitive}",
            "  games:",
            "    - {type: prisoners_dilemma, rounds: 2}",
            "  pairing: round_robin",
            "  memory_window: %d",
            "  slider: %s",
            "");
    private static final String SLIDER_EXPERIMENT = String.join("\n",
            "experiment: slider-estimate",
            "repetitions: 2",
            "backends:",
            "  m: {provider: openai, model: gpt-4o-mini, max_tokens: 200, price_input_per_million: 0.15,"
                    + " price_output_per_million: 0.60}",
            "protocols:",
            "  - {name: direct, type: direct, answer_format: letter, max_reasks: 1}",
            "values: [altruistic, competitive]",
            "");

    @TempDir
    Path dir;

    @Test
    void everyDecisionIsOneCallAtBestAndTwoAtWorstWithACostRange() throws Exception {
        long[] total = estimate(POPULATION.formatted(5, "{when: none}"));

        assertThat(total[0]).isEqualTo(24);
        assertThat(total[1]).isEqualTo(48);
        assertThat(total[3]).isGreaterThan(2 * total[2]);
        assertThat(total[5]).isEqualTo(48 * 200);
        assertThat(total[6]).isLessThan(total[7]);
    }

    @Test
    void aFullMemoryWindowRaisesOnlyTheHighInputTokens() throws Exception {
        long[] none = estimate(POPULATION.formatted(0, "{when: none}"));
        long[] five = estimate(POPULATION.formatted(5, "{when: none}"));

        assertThat(five[2]).isEqualTo(none[2]);
        assertThat(five[3]).isGreaterThan(none[3]);
    }

    @Test
    void sliderInterviewsAddWhatTheSameSliderTrialsCost() throws Exception {
        long[] games = estimate(POPULATION.formatted(5, "{when: none}"));
        long[] withSlider = estimate(POPULATION.formatted(5,
                "{when: before, protocol: {type: direct, answer_format: letter, max_reasks: 1}}"));
        long[] slider = estimate(SLIDER_EXPERIMENT);

        assertThat(withSlider[0]).isEqualTo(games[0] + slider[0]);
        assertThat(withSlider[1]).isEqualTo(games[1] + slider[1]);
        assertThat(withSlider[2]).isEqualTo(games[2] + slider[2]);
    }

    /** calls low, high, input tokens low, high, output tokens low, high, cost low, high (micro-USD) of the total row. */
    private long[] estimate(String yaml) throws Exception {
        Path cfg = Files.createTempFile(dir, "estimate", ".yaml");
        Files.writeString(cfg, yaml);
        CliRun r = CliRun.of("estimate", cfg.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Matcher m = TOTAL.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        long[] out = new long[8];
        for (int i = 0; i < 6; i++) {
            out[i] = Long.parseLong(m.group(i + 1));
        }
        out[6] = Math.round(Double.parseDouble(m.group(7)) * 1e6);
        out[7] = Math.round(Double.parseDouble(m.group(8)) * 1e6);
        return out;
    }
}
