package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendProtocolTest {

    private static AnglePoint at(String backend, String protocol, double angle) {
        return new AnglePoint(backend, protocol, "prosocial", 45, 41.04, 48.96, angle);
    }

    @Test
    void pointsAreGroupedPerBackendAndProtocolInSortedOrderKeepingInputOrder() {
        Map<BackendProtocol, List<AnglePoint>> groups = AngleDistributionChart.byBackendAndProtocol(List.of(
                at("ollama", "goal", 1), at("gpt", "plain", 2), at("ollama", "goal", 3), at("gpt", "goal", 4)));

        assertThat(groups.keySet()).containsExactly(new BackendProtocol("gpt", "goal"),
                new BackendProtocol("gpt", "plain"), new BackendProtocol("ollama", "goal"));
        assertThat(groups.get(new BackendProtocol("ollama", "goal"))).extracting(AnglePoint::angle)
                .containsExactly(1.0, 3.0);
    }

    @Test
    void fileBaseNameReplacesCharactersUnsafeInFileNames() {
        assertThat(new BackendProtocol("OpenAI/gpt-4o", "goal prompt:on").fileBaseName())
                .isEqualTo("angles_openai_gpt-4o_goal_prompt_on");
    }

    @Test
    void titleNamesBackendAndProtocol() {
        assertThat(new BackendProtocol("gpt", "plain").title())
                .isEqualTo("Measured SVO angle by induced value \u2014 gpt, plain");
    }
}
