package org.svosim.simulation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.ModelRole;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.run.CallRecord;

class AnsweringModelsTest {
    @TempDir
    Path dir;

    private static CallRecord call(int seq, String backend, String model, boolean ok) {
        return new CallRecord(seq, ModelRole.AGENT, CallPurpose.of(CallPurpose.Kind.INDUCTION), backend, model, ok,
                ok ? null : "timeout", SampleOutcomes.T0, 5, 10, 1, "0f".repeat(32), false);
    }

    @Test
    void modelsAreListedInTheOrderOfTheirFirstAnsweredCallPerBackend() {
        Path db = dir.resolve("run.db");
        try (RunStore store = RunStore.create(db, SampleOutcomes.header(), MurphySliderItems.all())) {
            store.beginAttempt();
            store.saveCall("b-trial", call(0, "gpt", "gpt-4o-2024-08-06", true));
            store.saveCall("a-trial", call(0, "gpt", "failed-model", false));
            store.saveCall("a-trial", call(1, "gpt", "gpt-4o-2024-11-20", true));
            store.saveCall("a-trial", call(2, "gpt", "gpt-4o-2024-08-06", true));
            store.saveCall("a-trial", call(3, "claude", "claude-x", true));
            store.beginAttempt();
            store.saveCall("0-trial", call(0, "gpt", "gpt-later", true));
        }
        try (RunReader reader = RunReader.open(db)) {
            assertThat(reader.answeringModels("gpt"))
                    .containsExactly("gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-later");
            assertThat(reader.answeringModels("claude")).containsExactly("claude-x");
            assertThat(reader.answeringModels("none")).isEmpty();
        }
    }
}
