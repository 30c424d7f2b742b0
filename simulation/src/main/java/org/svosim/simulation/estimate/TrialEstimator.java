package org.svosim.simulation.estimate;

import dev.langchain4j.data.message.ChatMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.protocol.Interview;
import org.svosim.agents.protocol.InterviewStep;
import org.svosim.agents.protocol.Interviews;
import org.svosim.agents.protocol.ModelRole;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.agents.traffic.TokenEstimates;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.simulation.endpoint.RequestHash;
import org.svosim.simulation.run.TrialSpec;

/**
 * Estimates one trial's calls and tokens per backend by running its real interview (the same
 * prompts, re-asks and extractor steps a run makes) against scripted replies. Tokens are
 * counted as characters / 4, the usual rule of thumb for English text; providers' tokenizers
 * differ by some tens of percent, which is why an estimate is a low/high range.
 */
public final class TrialEstimator {
    private final SliderMeasure measure;
    private final PromptTemplates templates;

    public TrialEstimator(SliderMeasure measure, PromptTemplates templates) {
        this.measure = measure;
        this.templates = templates;
    }

    /**
     * @param maxReplyTokens the reply length the costliest script assumes, per backend
     * @return usage per backend name (agent backend, and the extractor's backend if used)
     */
    public Map<String, Usage> estimate(TrialSpec trial, ProtocolSpec protocol, ReplyScript script,
                                       Map<String, Integer> maxReplyTokens) {
        Interview interview = Interviews.create(protocol, Persona.of(trial.value(), templates), measure, templates,
                trial.seed());
        Map<String, Usage> usage = new LinkedHashMap<>();
        InterviewStep step = interview.start();
        while (step instanceof InterviewStep.Ask ask) {
            String backend = ask.role() == ModelRole.EXTRACTOR ? ((ProtocolSpec.Hvae) protocol).extractor()
                    : trial.backend();
            String reply = script.reply(ask, maxReplyTokens.getOrDefault(backend, TokenEstimates.DEFAULT_REPLY_TOKENS));
            usage.merge(backend, new Usage(1, tokens(ask), reply.length() / 4), Usage::plus);
            step = interview.onReply(reply);
        }
        return usage;
    }

    private static long tokens(InterviewStep.Ask ask) {
        long chars = 0;
        for (ChatMessage m : ask.messages()) {
            chars += RequestHash.textOf(m).length();
        }
        return (chars + 3) / 4;
    }
}
