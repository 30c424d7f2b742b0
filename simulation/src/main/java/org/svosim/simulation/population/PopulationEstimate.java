package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.traffic.TokenEstimates;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.Question;
import org.svosim.games.play.Stage;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.config.PopulationSpec;
import org.svosim.simulation.config.TokenPrice;
import org.svosim.simulation.estimate.ReplyScript;
import org.svosim.simulation.estimate.RunEstimate;
import org.svosim.simulation.estimate.TrialEstimator;
import org.svosim.simulation.estimate.Usage;
import org.svosim.simulation.run.TrialSpec;

/**
 * What a population run will cost before anything is spent: calls, tokens and USD per backend. Each
 * planned match is walked through its game (every question answered with its first answer; the
 * games' number of questions does not depend on the answers) and every question rendered as the
 * agent would be asked it. Low: every answer clear at the first asking and an empty memory. High:
 * every reply as long as the backend's max tokens and unclear, so re-asked once, and a full memory
 * window of sentences as long as the game's longest round narration. The slider interviews are
 * estimated like slider trials ({@link TrialEstimator}). Tokens are characters / 4.
 */
public final class PopulationEstimate {
    private PopulationEstimate() {
    }

    /** Estimates the whole run of {@code config} (a config with {@code population:}). */
    public static RunEstimate of(ExperimentConfig config) {
        PopulationSpec population = config.population();
        PromptTemplates templates = PromptTemplates.defaults().withOverrides(config.templateOverrides());
        Map<String, Integer> maxReply = new HashMap<>();
        config.backends().forEach((name, spec) -> maxReply.put(name, spec.sampling().maxTokens() == null
                ? TokenEstimates.DEFAULT_REPLY_TOKENS : spec.sampling().maxTokens()));
        Map<String, Usage> low = new LinkedHashMap<>();
        Map<String, Usage> high = new LinkedHashMap<>();
        List<Member> members = PopulationRun.members(config);
        Map<String, Member> byName = new HashMap<>();
        members.forEach(m -> byName.put(m.name(), m));
        if (population.slider().enabled()) {
            TrialEstimator slider = new TrialEstimator(MurphySliderItems.primary(), templates);
            Map<String, List<Map<String, Usage>>> memo = new HashMap<>();
            for (int k = 0; k < members.size(); k++) {
                TrialSpec spec = SliderSessions.spec(members.get(k), k, population.slider());
                List<Map<String, Usage>> u = memo.computeIfAbsent(spec.backend() + "\u0000" + spec.value().label(),
                        key -> List.of(slider.estimate(spec, population.slider().protocol(), ReplyScript.CHEAPEST,
                                maxReply), slider.estimate(spec, population.slider().protocol(), ReplyScript.COSTLIEST,
                                maxReply)));
                u.get(0).forEach((b, x) -> low.merge(b, x, Usage::plus));
                u.get(1).forEach((b, x) -> high.merge(b, x, Usage::plus));
            }
        }
        Map<String, List<Map<String, Usage>>> memo = new HashMap<>();
        for (MatchPlan plan : PopulationRun.plans(config)) {
            List<Member> seated = plan.seats().stream().map(byName::get).toList();
            StringBuilder key = new StringBuilder(plan.game().label());
            seated.forEach(m -> key.append('\u0000').append(m.backend()).append('\u0001').append(m.value().label()));
            List<Map<String, Usage>> u = memo.computeIfAbsent(key.toString(),
                    k -> match(plan, seated, templates, population, maxReply));
            u.get(0).forEach((b, x) -> low.merge(b, x, Usage::plus));
            u.get(1).forEach((b, x) -> high.merge(b, x, Usage::plus));
        }
        Map<String, RunEstimate.Span> spans = new LinkedHashMap<>();
        for (String b : high.keySet()) {
            Usage l = low.getOrDefault(b, Usage.NONE);
            Usage h = high.get(b);
            TokenPrice price = config.price(b);
            spans.put(b, new RunEstimate.Span(l, h, price.cost(l.inputTokens(), l.outputTokens()),
                    price.cost(h.inputTokens(), h.outputTokens())));
        }
        return new RunEstimate(spans, null);
    }

    /** Low and high usage per backend of one match. */
    private static List<Map<String, Usage>> match(MatchPlan plan, List<Member> seated, PromptTemplates templates,
                                                  PopulationSpec population, Map<String, Integer> maxReply) {
        Game game = plan.game().game();
        String label = plan.game().label();
        List<History> befores = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        int longest = 0;
        int roundStart = 0;
        History h = History.empty();
        for (Stage stage = game.next(h).orElse(null); stage != null; stage = game.next(h).orElse(null)) {
            befores.add(h);
            stages.add(stage);
            List<Move> moves = new ArrayList<>();
            stage.questions().forEach(q -> moves.add(new Move(q.player(), q.choice().answers().get(0))));
            h = game.play(h, moves);
            if (RememberedRounds.roundEnds(game, h, stage)) {
                for (String s : RoundNarration.of(label, game, h, roundStart, population.feedback())) {
                    longest = Math.max(longest, s.length());
                }
                roundStart = h.size();
            }
        }
        List<String> fullMemory = longest == 0 ? List.of()
                : java.util.Collections.nCopies(population.memoryWindow(), "x".repeat(longest));
        Map<String, Usage> low = new LinkedHashMap<>();
        Map<String, Usage> high = new LinkedHashMap<>();
        for (int t = 0; t < stages.size(); t++) {
            Stage stage = stages.get(t);
            for (Question q : stage.questions()) {
                Member m = seated.get(q.player());
                Persona persona = Persona.of(m.value(), templates);
                var outlook = Expectations.of(game, befores.get(t), stage, q, m.value().degrees());
                boolean settled = Expectations.settled(game, befores.get(t), stage, q);
                MovePrompt cheap = MovePrompt.of(templates, persona, label, game.rules(), game.players(), q, outlook,
                        settled, List.of());
                MovePrompt dear = MovePrompt.of(templates, persona, label, game.rules(), game.players(), q, outlook,
                        settled, fullMemory);
                int reply = maxReply.getOrDefault(m.backend(), TokenEstimates.DEFAULT_REPLY_TOKENS);
                long first = tokens(dear.system().length() + dear.user().length());
                long second = first + reply + tokens(dear.reask().length());
                low.merge(m.backend(), new Usage(1, tokens(cheap.system().length() + cheap.user().length()), 0),
                        Usage::plus);
                high.merge(m.backend(), new Usage(2, first + second, 2L * reply), Usage::plus);
            }
        }
        return List.of(low, high);
    }

    private static long tokens(long chars) {
        return (chars + 3) / 4;
    }
}
