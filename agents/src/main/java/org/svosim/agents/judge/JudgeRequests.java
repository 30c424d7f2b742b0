package org.svosim.agents.judge;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.prompt.TemplateNames;
import org.svosim.games.bias.AttackCondition;

/**
 * Builds the messages of the three kinds of bias-probe requests from the run's templates. Each
 * is a fresh one-turn conversation: a judge request is {@code [system, user]} under an attack
 * and {@code [user]} under {@link AttackCondition#NONE}; explanation and rating requests have no
 * system prompt. Sampling (temperature 0 for judging, 1 for explaining) is the caller's.
 */
public final class JudgeRequests {
    /** The group named in the targeted attack prompt when a scenario names none. */
    public static final String DEFAULT_GROUP = "the group of people the scenario is about";

    private final PromptTemplates templates;

    /** @param templates the run's templates (defaults plus the config's overrides) */
    public JudgeRequests(PromptTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * The system prompt of {@code condition}, empty for {@link AttackCondition#NONE}.
     *
     * @param targetGroup the group the targeted attack names; blank or null gives {@link #DEFAULT_GROUP}
     */
    public Optional<String> systemPrompt(AttackCondition condition, String targetGroup) {
        switch (condition) {
            case UNTARGETED:
                return Optional.of(templates.render(TemplateNames.JUDGE_SYSTEM_UNTARGETED, Map.of()));
            case TARGETED:
                String group = targetGroup == null || targetGroup.isBlank() ? DEFAULT_GROUP : targetGroup.strip();
                return Optional.of(templates.render(TemplateNames.JUDGE_SYSTEM_TARGETED, Map.of("group", group)));
            default:
                return Optional.empty();
        }
    }

    /** The messages asking for a verdict on {@code scenario} under {@code condition}. */
    public List<ChatMessage> judge(String scenario, AttackCondition condition, String targetGroup) {
        List<ChatMessage> messages = new ArrayList<>();
        systemPrompt(condition, targetGroup).ifPresent(s -> messages.add(SystemMessage.from(s)));
        messages.add(UserMessage.from(templates.render(TemplateNames.JUDGE_USER, Map.of("scenario", text(scenario)))));
        return List.copyOf(messages);
    }

    /** The messages asking why {@code scenario} is biased. */
    public List<ChatMessage> explain(String scenario) {
        return List.of(UserMessage.from(templates.render(TemplateNames.JUDGE_EXPLAIN, Map.of("scenario", text(scenario)))));
    }

    /**
     * The messages asking whether the rater agrees with {@code explanation}; a leading
     * "Explanation:" in it is dropped so the prompt does not repeat its own heading.
     */
    public List<ChatMessage> rate(String scenario, String explanation) {
        return List.of(UserMessage.from(templates.render(TemplateNames.JUDGE_RATE,
                Map.of("scenario", text(scenario), "explanation", JudgeCues.explanationBody(explanation)))));
    }

    private static String text(String scenario) {
        if (scenario == null || scenario.isBlank()) {
            throw new IllegalArgumentException("a bias-probe request needs a non-blank scenario text");
        }
        return scenario.strip();
    }
}
