package org.svosim.agents.protocol;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.svosim.agents.parse.LetterAnswerParser;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.parse.ParsedAnswer;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.prompt.TemplateNames;
import org.svosim.agents.protocol.CallPurpose.Kind;

/**
 * The HVAE protocol of Zhang et al. as one growing dialogue with the agent (no system message):
 * value induction, task instruction, optional goal prompt (the stated goal is quoted in every
 * item), then the items one per turn. An unclear reply is re-asked in the same dialogue up to
 * {@code maxReasks} times; if it stays unclear and an extractor is configured, a fresh
 * two-message conversation asks the extractor model to map the agent's last reply to a letter.
 * Every message is recorded once in the transcript (the extractor's system prompt once per trial).
 */
public final class HvaeInterview implements Interview {
    private enum Phase { NEW, INDUCTION, TASK, GOAL, ITEM, REASK, EXTRACT, DONE }

    private final ProtocolSpec.Hvae spec;
    private final Persona persona;
    private final PromptTemplates templates;
    private final ItemProgress progress;
    private final TranscriptRecorder transcript = new TranscriptRecorder();
    private final List<ChatMessage> dialogue = new ArrayList<>();
    private Phase phase = Phase.NEW;
    private CallPurpose purpose;
    private String goalStatement;
    private String question;
    private boolean extractorSystemRecorded;

    HvaeInterview(ProtocolSpec.Hvae spec, Persona persona, PromptTemplates templates, List<ItemPlan> plans) {
        this.spec = spec;
        this.persona = persona;
        this.templates = templates;
        this.progress = new ItemProgress(plans);
    }

    @Override
    public InterviewStep start() {
        if (phase != Phase.NEW) {
            throw new IllegalStateException("interview already started");
        }
        String induction = RenderedPrompts.text(templates, TemplateNames.HVAE_INDUCTION, Map.of(
                "value_name", persona.valueName(), "value_description", persona.valueDescription()));
        return askAgent(induction, CallPurpose.of(Kind.INDUCTION), Phase.INDUCTION);
    }

    @Override
    public InterviewStep onReply(String text) {
        if (phase == Phase.NEW || phase == Phase.DONE) {
            throw new IllegalStateException("no question is waiting for a reply (interview " + phase + ")");
        }
        String reply = text == null ? "" : text;
        transcript.received(phase == Phase.EXTRACT ? ModelRole.EXTRACTOR : ModelRole.AGENT, reply, purpose);
        if (phase == Phase.EXTRACT) {
            ParsedAnswer extracted = AnswerExtraction.read(reply, progress.current().optionCount());
            progress.answer(extracted.choice(), extracted.method());
            return askItem();
        }
        dialogue.add(AiMessage.from(reply));
        switch (phase) {
            case INDUCTION:
                return askAgent(templates.render(TemplateNames.HVAE_TASK, Map.of()), CallPurpose.of(Kind.TASK), Phase.TASK);
            case TASK:
                return spec.goalPrompt() ? askGoal() : askItem();
            case GOAL:
                goalStatement = GoalStatements.firstSentence(reply);
                return askItem();
            default:
                return onItemReply(reply);
        }
    }

    @Override
    public InterviewStep onFailure(String reason) {
        if (phase == Phase.NEW || phase == Phase.DONE) {
            throw new IllegalStateException("no call is in flight (interview " + phase + ")");
        }
        return done(reason == null || reason.isBlank() ? "model call failed" : reason);
    }

    private InterviewStep askGoal() {
        String goal = templates.render(TemplateNames.HVAE_GOAL, Map.of(
                "item_count", Integer.toString(progress.itemCount()),
                "last_letter", String.valueOf(progress.widestLastLetter())));
        return askAgent(goal, CallPurpose.of(Kind.GOAL), Phase.GOAL);
    }

    private InterviewStep askItem() {
        if (progress.finished()) {
            return done(null);
        }
        ItemPlan plan = progress.current();
        question = RenderedPrompts.item(templates, TemplateNames.HVAE_ITEM, plan, progress.itemCount(), goalClause());
        progress.asked();
        return askAgent(question, new CallPurpose(Kind.ITEM, plan.item().number()), Phase.ITEM);
    }

    private InterviewStep onItemReply(String reply) {
        ItemPlan plan = progress.current();
        progress.replied(reply);
        ParsedAnswer parsed = new LetterAnswerParser(plan.optionCount()).parse(reply);
        if (parsed.valid()) {
            progress.answer(parsed.choice(), phase == Phase.REASK ? ParseMethod.REASKED : parsed.method());
            return askItem();
        }
        if (progress.attempts() <= spec.maxReasks()) {
            progress.asked();
            String reask = templates.render(TemplateNames.HVAE_REASK,
                    Map.of("last_letter", String.valueOf(plan.lastLetter())));
            return askAgent(reask, new CallPurpose(Kind.REASK, plan.item().number()), Phase.REASK);
        }
        if (spec.usesExtractor()) {
            return askExtractor(plan);
        }
        progress.answer(null, ParseMethod.INVALID);
        return askItem();
    }

    private InterviewStep askExtractor(ItemPlan plan) {
        purpose = new CallPurpose(Kind.EXTRACT, plan.item().number());
        phase = Phase.EXTRACT;
        SystemMessage system = AnswerExtraction.system(templates);
        UserMessage request = AnswerExtraction.request(question, progress.lastReply(), plan.lastLetter(), templates);
        if (!extractorSystemRecorded) {
            transcript.sent(ModelRole.EXTRACTOR, system, purpose);
            extractorSystemRecorded = true;
        }
        transcript.sent(ModelRole.EXTRACTOR, request, purpose);
        return new InterviewStep.Ask(ModelRole.EXTRACTOR, List.of(system, request), purpose);
    }

    private InterviewStep askAgent(String text, CallPurpose callPurpose, Phase next) {
        UserMessage message = UserMessage.from(text);
        dialogue.add(message);
        transcript.sent(ModelRole.AGENT, message, callPurpose);
        purpose = callPurpose;
        phase = next;
        return new InterviewStep.Ask(ModelRole.AGENT, dialogue, callPurpose);
    }

    private String goalClause() {
        if (goalStatement == null || goalStatement.isBlank()) {
            return "";
        }
        return templates.render(TemplateNames.HVAE_GOAL_CLAUSE, Map.of("goal", goalStatement));
    }

    private InterviewStep done(String failure) {
        phase = Phase.DONE;
        return new InterviewStep.Done(new InterviewResult(progress.answers(), goalStatement, failure,
                transcript.entries()));
    }
}
