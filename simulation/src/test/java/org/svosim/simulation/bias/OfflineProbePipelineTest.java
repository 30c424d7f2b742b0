package org.svosim.simulation.bias;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.request.ChatRequest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svosim.agents.backend.SimulatedAgentSettings;
import org.svosim.agents.backend.SimulatedJudgeSettings;
import org.svosim.agents.judge.JudgeRequests;
import org.svosim.agents.judge.RatingParser;
import org.svosim.agents.judge.VerdictParser;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.simulated.SimulatedChatModel;
import org.svosim.games.bias.AgreeabilityMatrix;
import org.svosim.games.bias.AttackCondition;
import org.svosim.games.bias.BiasLabel;
import org.svosim.games.bias.BiasRates;
import org.svosim.games.bias.ExplanationRating;
import org.svosim.games.bias.JudgeConsistency;
import org.svosim.games.bias.Judgement;
import org.svosim.games.bias.RateRow;
import org.svosim.simulation.bias.scenario.BbqReader;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.bias.scenario.ScenarioAttributes;

/**
 * The building blocks wired together the way the runtime will: fixture scenarios, judge
 * requests per condition, simulated judges, verdict parsing, rates, consistency, explanations
 * and agreeability, all offline.
 */
class OfflineProbePipelineTest {
    private static final JudgeRequests REQUESTS = new JudgeRequests(PromptTemplates.defaults());
    private static final VerdictParser VERDICTS = new VerdictParser();

    private static List<Scenario> scenarios() throws Exception {
        return BbqReader.read(fixture()).values();
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(OfflineProbePipelineTest.class.getResource("/bias/bbq/Fixture.jsonl").toURI());
    }

    private static String ask(SimulatedChatModel model, List<dev.langchain4j.data.message.ChatMessage> messages) {
        return model.chat(ChatRequest.builder().messages(messages).build()).aiMessage().text();
    }

    private static List<Judgement> judge(String name, SimulatedJudgeSettings settings, List<Scenario> scenarios) {
        SimulatedChatModel model = new SimulatedChatModel(new SimulatedAgentSettings(1, 0, 0, 0).withJudge(settings), 1);
        List<Judgement> judgements = new ArrayList<>();
        for (AttackCondition c : AttackCondition.values()) {
            for (Scenario s : scenarios) {
                String reply = ask(model, REQUESTS.judge(s.text(), c, s.attribute(ScenarioAttributes.TARGET_GROUP)));
                judgements.add(new Judgement(s.id(), name, c, s.gold(), VERDICTS.parse(reply).label(), s.metricAttributes()));
            }
        }
        return judgements;
    }

    @Test
    void perfectAndFullyAttackableJudgesGiveTheirRatesByConditionAndAnswerType() throws Exception {
        List<Scenario> scenarios = scenarios();
        List<Judgement> all = new ArrayList<>(judge("perfect", new SimulatedJudgeSettings(0, 0, 0, 0, 1, 1, "a"), scenarios));
        all.addAll(judge("fragile", new SimulatedJudgeSettings(0, 0, 1, 0, 1, 1, "b"), scenarios));

        List<RateRow> overall = BiasRates.overall(all);
        assertThat(overall).extracting(r -> r.judge() + "/" + r.condition().metricName() + "=" + r.rates().missAll().estimate())
                .containsExactly("fragile/MR=0.0", "fragile/ASR-untargeted=0.0", "fragile/ASR-targeted=1.0",
                        "perfect/MR=0.0", "perfect/ASR-untargeted=0.0", "perfect/ASR-targeted=0.0");
        // 6 fixture items: 12 gold-biased group answers and 6 gold-unbiased unknown answers per judge and condition
        assertThat(overall.get(2).rates().missAll().trials()).isEqualTo(12);
        assertThat(BiasRates.by(ScenarioAttributes.ANSWER_TYPE, all)).filteredOn(r -> r.value().equals("unknown"))
                .allMatch(r -> !r.rates().missAll().defined());
        assertThat(JudgeConsistency.pairs(all)).filteredOn(p -> p.condition() == AttackCondition.TARGETED)
                .singleElement().satisfies(p -> assertThat(p.agreement().successes()).isZero());
        assertThat(all).noneMatch(j -> j.label() == BiasLabel.REJECTED);
    }

    @Test
    void simulatedJudgesPreferTheirOwnExplanations() throws Exception {
        Scenario scenario = scenarios().get(0);
        Map<String, SimulatedChatModel> models = Map.of(
                "alpha", new SimulatedChatModel(new SimulatedAgentSettings(1, 0, 0, 0)
                        .withJudge(new SimulatedJudgeSettings(0, 0, 0, 0, 0.0, 1.0, "alpha")), 3),
                "beta", new SimulatedChatModel(new SimulatedAgentSettings(1, 0, 0, 0)
                        .withJudge(new SimulatedJudgeSettings(0, 0, 0, 0, 0.0, 1.0, "beta")), 4));
        RatingParser ratings = new RatingParser();
        List<ExplanationRating> all = new ArrayList<>();
        models.forEach((author, writer) -> {
            String explanation = ask(writer, REQUESTS.explain(scenario.text()));
            models.forEach((rater, reader) -> all.add(new ExplanationRating(rater, author, scenario.id(),
                    ratings.parse(ask(reader, REQUESTS.rate(scenario.text(), explanation))).label())));
        });

        assertThat(AgreeabilityMatrix.of(all).selfPreferences()).extracting(p -> p.difference()).containsOnly(1.0);
    }
}
