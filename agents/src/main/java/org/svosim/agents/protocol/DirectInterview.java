package org.svosim.agents.protocol;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.svosim.agents.parse.AnswerParser;
import org.svosim.agents.parse.JsonAnswerParser;
import org.svosim.agents.parse.LetterAnswerParser;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.parse.ParsedAnswer;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.prompt.TemplateNames;
import org.svosim.agents.protocol.CallPurpose.Kind;

/**
 * The direct protocol: the persona as a system prompt, and every item asked in its own fresh
 * request {@code [system, item]}, so items are independent. An unclear reply is re-asked within
 * that item's mini-conversation up to {@code maxReasks} times, then counts as invalid. The
 * system prompt is recorded once in the transcript (purpose INDUCTION) although every request
 * carries it.
 */
public final class DirectInterview implements Interview {
    private enum Phase { NEW, ASKING, DONE }

    private final ProtocolSpec.Direct spec;
    private final PromptTemplates templates;
    private final SystemMessage system;
    private final ItemProgress progress;
    private final TranscriptRecorder transcript = new TranscriptRecorder();
    private final List<ChatMessage> conversation = new ArrayList<>();
    private Phase phase = Phase.NEW;
    private CallPurpose purpose;

    DirectInterview(ProtocolSpec.Direct spec, Persona persona, PromptTemplates templates, List<ItemPlan> plans) {
        this.spec = spec;
        this.templates = templates;
        this.system = SystemMessage.from(RenderedPrompts.text(templates, TemplateNames.DIRECT_SYSTEM,
                Map.of("value_name", persona.valueName(), "value_description", persona.valueDescription())));
        this.progress = new ItemProgress(plans);
    }

    @Override
    public InterviewStep start() {
        if (phase != Phase.NEW) {
            throw new IllegalStateException("interview already started");
        }
        transcript.sent(ModelRole.AGENT, system, CallPurpose.of(Kind.INDUCTION));
        phase = Phase.ASKING;
        return askItem();
    }

    @Override
    public InterviewStep onReply(String text) {
        if (phase != Phase.ASKING) {
            throw new IllegalStateException("no question is waiting for a reply (interview " + phase + ")");
        }
        String reply = text == null ? "" : text;
        transcript.received(ModelRole.AGENT, reply, purpose);
        conversation.add(AiMessage.from(reply));
        ItemPlan plan = progress.current();
        progress.replied(reply);
        ParsedAnswer parsed = parser(plan.optionCount()).parse(reply);
        if (parsed.valid()) {
            progress.answer(parsed.choice(), progress.attempts() > 1 ? ParseMethod.REASKED : parsed.method());
            return askItem();
        }
        if (progress.attempts() <= spec.maxReasks()) {
            progress.asked();
            String reask = templates.render(spec.format() == AnswerFormat.JSON
                    ? TemplateNames.DIRECT_REASK_JSON : TemplateNames.DIRECT_REASK_LETTER,
                    Map.of("last_letter", String.valueOf(plan.lastLetter())));
            return ask(UserMessage.from(reask), new CallPurpose(Kind.REASK, plan.item().number()));
        }
        progress.answer(null, ParseMethod.INVALID);
        return askItem();
    }

    @Override
    public InterviewStep onFailure(String reason) {
        if (phase != Phase.ASKING) {
            throw new IllegalStateException("no call is in flight (interview " + phase + ")");
        }
        return done(reason == null || reason.isBlank() ? "model call failed" : reason);
    }

    private InterviewStep askItem() {
        if (progress.finished()) {
            return done(null);
        }
        ItemPlan plan = progress.current();
        String item = RenderedPrompts.item(templates, spec.format() == AnswerFormat.JSON
                ? TemplateNames.DIRECT_ITEM_JSON : TemplateNames.DIRECT_ITEM_LETTER, plan, progress.itemCount(), "");
        conversation.clear();
        conversation.add(system);
        progress.asked();
        return ask(UserMessage.from(item), new CallPurpose(Kind.ITEM, plan.item().number()));
    }

    private InterviewStep ask(UserMessage message, CallPurpose callPurpose) {
        conversation.add(message);
        transcript.sent(ModelRole.AGENT, message, callPurpose);
        purpose = callPurpose;
        return new InterviewStep.Ask(ModelRole.AGENT, conversation, callPurpose);
    }

    private AnswerParser parser(int optionCount) {
        return spec.format() == AnswerFormat.JSON
                ? new JsonAnswerParser(optionCount) : new LetterAnswerParser(optionCount);
    }

    private InterviewStep done(String failure) {
        phase = Phase.DONE;
        return new InterviewStep.Done(new InterviewResult(progress.answers(), null, failure, transcript.entries()));
    }
}
