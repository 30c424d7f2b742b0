package org.svosim.simulation.population;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.ModelRole;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.play.Question;
import org.svosim.games.slider.Allocation;
import org.svosim.simulation.endpoint.CallResult;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.plan.TrialSeeds;
import org.svosim.simulation.run.CallRecord;

/**
 * One member of a population for the whole run: embodies its persona, remembers its last
 * {@code memoryWindow} rounds (its moves, the others' moves, its payoffs) across matches, and
 * answers a referee's questions by asking its model through the endpoint without blocking. An
 * unclear reply is asked again once; a failed call or a reply still unclear is answered as a
 * failed move with its reason.
 */
public final class PopulationAgent extends AbstractBehavior<PopulationAgent.Command> {

    /** Messages an agent handles. */
    public sealed interface Command permits Ask, Remember, CallDone {
    }

    /**
     * A question from a referee.
     *
     * @param outlook per answer, the round's (own, others) payoffs it leads to
     * @param settled whether those payoffs are certain
     */
    public record Ask(String matchId, int player, int turn, String game, String rules, int players, Question question,
                      List<Allocation> outlook, boolean settled, ActorRef<Referee.Command> replyTo) implements Command {
    }

    /** One round to remember, in a sentence. */
    public record Remember(String sentence) implements Command {
    }

    private record CallDone(long askId, CallResult result) implements Command {
    }

    private static final int MAX_REASKS = 1;

    private final Member member;
    private final Persona persona;
    private final PromptTemplates templates;
    private final EndpointGateway endpoint;
    private final int memoryWindow;
    private final Deque<String> memory = new ArrayDeque<>();
    private long askId;
    private Ask current;
    private MovePrompt prompt;
    private List<ChatMessage> messages;
    private int calls;
    private long latencyMs;
    private Integer inputTokens;
    private Integer outputTokens;
    private final List<CallRecord> records = new ArrayList<>();

    /** A new agent with an empty memory. */
    public static Behavior<Command> create(Member member, PromptTemplates templates, EndpointGateway endpoint,
                                           int memoryWindow) {
        return create(member, templates, endpoint, memoryWindow, List.of());
    }

    /**
     * An agent that already remembers {@code remembered} (oldest first; a resumed run's agent, its
     * memory rebuilt from the stored matches); only the last {@code memoryWindow} are kept.
     */
    public static Behavior<Command> create(Member member, PromptTemplates templates, EndpointGateway endpoint,
                                           int memoryWindow, List<String> remembered) {
        return create(member, Persona.of(member.value(), templates), templates, endpoint, memoryWindow, remembered);
    }

    /** As above with the agent's persona given (agents of one value share one). */
    public static Behavior<Command> create(Member member, Persona persona, PromptTemplates templates,
                                           EndpointGateway endpoint, int memoryWindow, List<String> remembered) {
        return Behaviors.setup(ctx -> new PopulationAgent(ctx, member, persona, templates, endpoint, memoryWindow,
                remembered));
    }

    private PopulationAgent(ActorContext<Command> ctx, Member member, Persona persona, PromptTemplates templates,
                            EndpointGateway endpoint, int memoryWindow, List<String> remembered) {
        super(ctx);
        this.member = member;
        this.templates = templates;
        this.endpoint = endpoint;
        this.memoryWindow = memoryWindow;
        this.persona = persona;
        remembered.forEach(this::remember);
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Ask.class, this::onAsk)
                .onMessage(Remember.class, this::onRemember)
                .onMessage(CallDone.class, this::onCallDone)
                .build();
    }

    private Behavior<Command> onAsk(Ask ask) {
        current = ask;
        askId++;
        prompt = MovePrompt.of(templates, persona, ask.game(), ask.rules(), ask.players(), ask.question(),
                ask.outlook(), ask.settled(), List.copyOf(memory));
        messages = new ArrayList<>(List.of(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user())));
        calls = 0;
        latencyMs = 0;
        inputTokens = null;
        outputTokens = null;
        records.clear();
        send();
        return this;
    }

    private Behavior<Command> onRemember(Remember msg) {
        remember(msg.sentence());
        return this;
    }

    private void remember(String sentence) {
        if (memoryWindow > 0) {
            memory.addLast(sentence);
            while (memory.size() > memoryWindow) {
                memory.removeFirst();
            }
        }
    }

    private Behavior<Command> onCallDone(CallDone done) {
        if (done.askId() != askId || current == null) {
            return this;
        }
        CallResult r = done.result();
        calls++;
        latencyMs += r.latencyMs();
        inputTokens = add(inputTokens, r.inputTokens());
        outputTokens = add(outputTokens, r.outputTokens());
        records.add(new CallRecord(calls - 1, ModelRole.AGENT, CallPurpose.of(calls == 1 ? CallPurpose.Kind.ITEM
                : CallPurpose.Kind.REASK), endpoint.name(), r.modelId(), r.ok(), r.error(), r.startedAt(), r.latencyMs(),
                r.inputTokens(), r.outputTokens(), r.requestHash(), r.cached()));
        if (!r.ok()) {
            return answer(null, "model call failed: " + r.error(), r, null);
        }
        StringBuilder note = new StringBuilder();
        Double answer = prompt.read(r.text(), note);
        if (answer != null) {
            return answer(answer, null, r, (calls > 1 ? "after re-ask: " : "") + note);
        }
        if (calls <= MAX_REASKS) {
            messages.add(AiMessage.from(r.text()));
            messages.add(UserMessage.from(prompt.reask()));
            send();
            return this;
        }
        return answer(null, "unclear reply: " + note, r, note.toString());
    }

    private void send() {
        long id = askId;
        long seed = TrialSeeds.derive(member.seed(), current.matchId() + "/" + current.turn());
        getContext().pipeToSelf(endpoint.call(List.copyOf(messages), seed, 0),
                (result, error) -> new CallDone(id, result != null ? result
                        : new CallResult(null, null, null, null, "internal error: " + error, Instant.now(), 0, "", false)));
    }

    private Behavior<Command> answer(Double answer, String failure, CallResult last, String note) {
        Ask ask = current;
        ask.replyTo().tell(new Referee.MoveMade(new MoveReply(member.name(), ask.player(), ask.turn(), answer, failure,
                prompt.user(), last.text(), note, calls, latencyMs, inputTokens, outputTokens, last.modelId(), records)));
        // an idle agent holds only its memory: the question's texts would otherwise stay until its next question
        current = null;
        prompt = null;
        messages = null;
        records.clear();
        return this;
    }

    private static Integer add(Integer sum, Integer x) {
        return x == null ? sum : sum == null ? x : sum + x;
    }
}
