package org.svosim.simulation.bias;

import dev.langchain4j.data.message.ChatMessage;
import java.util.List;
import java.util.Objects;
import org.svosim.games.bias.AttackCondition;

/**
 * One model call of the probe, with a stable id (the unit the store records and a resumed run skips).
 *
 * @param id         e.g. {@code judge/gpt/targeted/bbq:Age:3:stereotyped}
 * @param kind       what is asked
 * @param backend    the judge asked
 * @param condition  the system-prompt condition (JUDGE), else null
 * @param scenarioId the scenario
 * @param author     whose explanation is rated (RATE), else null
 * @param messages   the request
 * @param seed       derived from the run seed and the id (seeds the simulated agent)
 */
public record BiasTask(String id, TaskKind kind, String backend, AttackCondition condition, String scenarioId,
                       String author, List<ChatMessage> messages, long seed) {
    public BiasTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        messages = List.copyOf(messages);
    }
}
