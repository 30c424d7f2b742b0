package org.svosim.agents.simulated;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.svosim.agents.backend.SimulatedAgentSettings;
import org.svosim.agents.judge.JudgeCues;

/**
 * The simulated agent: a seeded rule-based {@link ChatModel} that is <b>not a language
 * model</b>. It reads the same prompts a real model gets and answers in text, so a whole
 * experiment can be dry-run and tested without an endpoint. Every reply reports the model id
 * {@value #MODEL_ID}.
 *
 * <p>Behaviour per request (the last user message decides the kind of turn):
 * <ul>
 *   <li>Extractor: a system message containing "answer extractor" makes it read the reply
 *       quoted between {@code <<<} and {@code >>>} lines and answer its letter or "NONE".</li>
 *   <li>Item question (at least two option lines like {@code A: ... 85 ... 76} in the last
 *       user message, or in the one before when the last is a re-ask without options): with
 *       probability {@code malformedRate} a reply with no answer; otherwise an option chosen
 *       by {@link ChoicePolicy} at the effective angle
 *       {@code fidelity * induced + (1 - fidelity) * pullAngle}, worded by {@link ReplyWording}
 *       ({@code {"choice": "X"}} when the question mentions {@code "choice"}).</li>
 *   <li>Number question ("Answer with a number from MIN to MAX" with a table of rows
 *       {@code - AMOUNT -> ... SELF ... OTHER}, see {@link AmountTable}): the amount of a row
 *       chosen the same way, replied as a bare number (or, at the malformed rate, no answer).</li>
 *   <li>Bias probe (recognised by the answer cues of the judge prompts, see {@link JudgeCues}):
 *       a verdict "Judgment: BIASED/UNBIASED", an explanation, or a "Rating: AGREE/DISAGREE",
 *       following {@code settings.judge()} ({@link JudgeTalk}).</li>
 *   <li>Other turns: induction, task and goal replies in the persona's voice ({@link PersonaTalk}).</li>
 * </ul>
 * The induced value is read from the system message and the first user message
 * ({@link InducedValue}); when none is found the agent is un-induced and acts at its pull angle.
 *
 * <p>Randomness: each call's generator is seeded from the trial seed and a SHA-256 of the
 * whole message list, so the same seed and messages always give the same reply whatever the
 * timing or order of calls, and different trials differ. Token counts are estimates
 * (1.3 per whitespace-separated word), reported only so that token totals are non-zero.
 * Create one instance per trial.
 */
public final class SimulatedChatModel implements ChatModel {
    /**
     * How many texts each of the agent's memos remembers what it read from (options, amount tables, induced
     * values, word counts): every trial sends the same few prompts, and reading them again with regular
     * expressions was most of the simulated agent's time.
     */
    static final int MEMO_CAPACITY = 2048;

    /** The model id every reply reports. */
    public static final String MODEL_ID = "simulated-agent";
    private static final double TOKENS_PER_WORD = 1.3;

    private final SimulatedAgentSettings settings;
    private final long seed;

    /**
     * @param settings how the agent chooses
     * @param seed     the trial's seed
     */
    public SimulatedChatModel(SimulatedAgentSettings settings, long seed) {
        this.settings = Objects.requireNonNull(settings, "simulated agent settings");
        this.seed = seed;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Conversation conversation = new Conversation(request.messages());
        long fingerprint = conversation.fingerprint(seed);
        String reply = reply(conversation, new SplittableRandom(fingerprint));
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(reply))
                .id("simulated-" + Long.toHexString(fingerprint))
                .modelName(MODEL_ID)
                .tokenUsage(new TokenUsage(estimateTokens(conversation.wordCount()),
                        estimateTokens(Conversation.words(reply))))
                .finishReason(FinishReason.STOP)
                .build();
    }

    private String reply(Conversation conversation, SplittableRandom random) {
        String lastUser = conversation.lastUserText();
        if (ExtractorReply.isExtractorPrompt(conversation.systemText())) {
            return ExtractorReply.answer(lastUser);
        }
        String judging = judgeReply(conversation, random);
        if (judging != null) {
            return judging;
        }
        OptionalDouble induced = InducedValue.read(conversation.systemText(), conversation.firstUserText());
        AmountTable table = amountQuestion(conversation);
        if (table != null) {
            if (random.nextDouble() < settings.malformedRate()) {
                return ReplyWording.malformed(random);
            }
            OfferedOption chosen = ChoicePolicy.choose(table.options(), effectiveAngle(induced), settings.noise(), random);
            return AmountTable.say(table.amountOf(chosen));
        }
        String question = itemQuestion(conversation);
        if (question != null) {
            return itemReply(OfferedOption.parseAll(question), lastUser, question, effectiveAngle(induced), random);
        }
        PersonaTalk.Turn turn = PersonaTalk.turnOf(conversation);
        return PersonaTalk.reply(turn, induced.isPresent() ? InducedValue.voiceOf(induced.getAsDouble()) : null, random);
    }

    /** The reply to a bias-probe request (verdict, explanation or rating), or null for any other request. */
    private String judgeReply(Conversation conversation, SplittableRandom random) {
        String lastUser = conversation.lastUserText();
        if (JudgeCues.isRatingRequest(lastUser)) {
            return JudgeTalk.rating(lastUser, settings.judge(), random);
        }
        if (JudgeCues.isVerdictRequest(lastUser)) {
            return JudgeTalk.verdict(conversation.systemText(), lastUser, settings.judge(), random);
        }
        if (JudgeCues.isExplanationRequest(lastUser)) {
            return JudgeTalk.explanation(settings.judge(), random);
        }
        return null;
    }

    /**
     * The item question to answer: the last user message if it lists options, else the one
     * before it if that one does (the last is then a re-ask), else null.
     */
    private static String itemQuestion(Conversation conversation) {
        List<String> users = conversation.userTexts();
        for (int back = 1; back <= Math.min(2, users.size()); back++) {
            String text = users.get(users.size() - back);
            if (OfferedOption.parseAll(text).size() >= 2) {
                return text;
            }
        }
        return null;
    }

    /** The number question to answer (the last user message, or the one before a re-ask), or null. */
    private static AmountTable amountQuestion(Conversation conversation) {
        List<String> users = conversation.userTexts();
        for (int back = 1; back <= Math.min(2, users.size()); back++) {
            AmountTable table = AmountTable.parse(users.get(users.size() - back));
            if (table != null) {
                return table;
            }
        }
        return null;
    }

    /** {@code lastUser} and {@code question} are the same text unless the last user message is a re-ask. */
    private String itemReply(List<OfferedOption> options, String lastUser, String question, double angle,
                             SplittableRandom random) {
        if (random.nextDouble() < settings.malformedRate()) {
            return ReplyWording.malformed(random);
        }
        char letter = ChoicePolicy.choose(options, angle, settings.noise(), random).letter();
        boolean asksJson = lastUser.contains("\"choice\"") || question.contains("\"choice\"");
        return asksJson ? ReplyWording.jsonAnswer(letter) : ReplyWording.letterAnswer(letter, random);
    }

    /** fidelity * induced + (1 - fidelity) * pull; the pull angle itself when nothing was induced. */
    double effectiveAngle(OptionalDouble induced) {
        if (induced.isEmpty()) {
            return settings.pullAngle();
        }
        return settings.fidelity() * induced.getAsDouble() + (1 - settings.fidelity()) * settings.pullAngle();
    }

    private static int estimateTokens(int words) {
        return Math.max(1, (int) Math.ceil(words * TOKENS_PER_WORD));
    }
}
