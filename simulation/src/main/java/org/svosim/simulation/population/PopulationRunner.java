package org.svosim.simulation.population;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.play.History;
import org.svosim.games.play.Payoffs;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.engine.RunRecorder;
import org.svosim.simulation.store.RunStore;

/**
 * Runs a population: one {@link PopulationAgent} per member for the whole run and one
 * {@link Referee} per match, at most {@code maxInFlight} matches at a time. Each agent plays its
 * matches in schedule order, one at a time, so its memory (and a simulated agent's answers) do
 * not depend on timing. Finished matches go to the {@link PopulationRecorder}; when all are stored
 * the runner completes {@code done} with them, in schedule order, and stops.
 */
public final class PopulationRunner extends AbstractBehavior<PopulationRunner.Command> {

    /** Messages the runner handles. */
    public sealed interface Command permits MatchFinished, StoreClosed, RefereeStopped {
    }

    /** A referee stopped; if it did not report its match, the match is recorded as abandoned. */
    private record RefereeStopped(int index) implements Command {
    }

    /** A referee's report. */
    public record MatchFinished(MatchRecord match) implements Command {
    }

    /** The recorder has closed the store. */
    public record StoreClosed() implements Command {
    }

    /** Everything a runner needs. */
    public record Setup(List<Member> members, List<MatchPlan> matches, Map<String, EndpointGateway> endpoints,
                        PromptTemplates templates, int memoryWindow, double moveTimeoutSeconds, int maxInFlight,
                        PopulationStore store, RunStore calls) {
    }

    private final Setup setup;
    private final CompletableFuture<List<MatchRecord>> done;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, ActorRef<PopulationAgent.Command>> agents = new HashMap<>();
    private final Map<String, Deque<Integer>> queues = new HashMap<>();
    private final Set<String> busy = new HashSet<>();
    private final Map<Integer, MatchRecord> finished = new HashMap<>();
    private final Set<Integer> started = new HashSet<>();
    private final ActorRef<PopulationRecorder.Command> recorder;
    private int inFlight;

    public static Behavior<Command> create(Setup setup, CompletableFuture<List<MatchRecord>> done) {
        return Behaviors.setup(ctx -> new PopulationRunner(ctx, setup, done).startEligible());
    }

    private PopulationRunner(ActorContext<Command> ctx, Setup setup, CompletableFuture<List<MatchRecord>> done) {
        super(ctx);
        this.setup = setup;
        this.done = done;
        this.recorder = ctx.spawn(PopulationRecorder.create(setup.store(), setup.calls()), "population-recorder",
                DispatcherSelector.fromConfig(RunRecorder.DISPATCHER));
        int k = 0;
        for (Member m : setup.members()) {
            members.put(m.name(), m);
            agents.put(m.name(), ctx.spawn(PopulationAgent.create(m, setup.templates(),
                    setup.endpoints().get(m.backend()), setup.memoryWindow()), "agent-" + k++));
            queues.put(m.name(), new ArrayDeque<>());
        }
        for (MatchPlan p : setup.matches()) {
            p.seats().forEach(s -> queues.get(s).addLast(p.index()));
        }
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(MatchFinished.class, this::onMatchFinished)
                .onMessage(RefereeStopped.class, this::onRefereeStopped)
                .onMessage(StoreClosed.class, msg -> {
                    List<MatchRecord> all = new ArrayList<>();
                    for (int i = 0; i < setup.matches().size(); i++) {
                        all.add(finished.get(i));
                    }
                    done.complete(all);
                    return Behaviors.stopped();
                })
                .build();
    }

    private Behavior<Command> onMatchFinished(MatchFinished msg) {
        MatchPlan plan = msg.match().plan();
        inFlight--;
        finished.put(plan.index(), msg.match());
        recorder.tell(new PopulationRecorder.Save(msg.match()));
        for (String seat : plan.seats()) {
            queues.get(seat).removeFirst();
            busy.remove(seat);
        }
        return startEligible();
    }

    private Behavior<Command> startEligible() {
        for (MatchPlan p : setup.matches()) {
            if (inFlight >= setup.maxInFlight()) {
                break;
            }
            if (started.contains(p.index()) || !ready(p)) {
                continue;
            }
            started.add(p.index());
            inFlight++;
            List<Member> seated = new ArrayList<>();
            List<ActorRef<PopulationAgent.Command>> refs = new ArrayList<>();
            for (String s : p.seats()) {
                busy.add(s);
                seated.add(members.get(s));
                refs.add(agents.get(s));
            }
            var referee = getContext().spawn(Referee.create(p, seated, refs, getContext().getSelf(),
                    setup.moveTimeoutSeconds()), "match-" + p.index());
            getContext().watchWith(referee, new RefereeStopped(p.index()));
        }
        if (finished.size() == setup.matches().size()) {
            recorder.tell(new PopulationRecorder.Close(getContext().getSelf()));
        }
        return this;
    }

    private Behavior<Command> onRefereeStopped(RefereeStopped msg) {
        if (finished.containsKey(msg.index())) {
            return this;
        }
        MatchPlan plan = setup.matches().get(msg.index());
        getContext().getLog().error("referee of {} stopped without reporting its match", plan.matchId());
        return onMatchFinished(new MatchFinished(new MatchRecord(plan, History.empty(), List.of(),
                MatchRecord.ABANDONED, "referee failed (see the log)",
                Payoffs.zeros(plan.seats().size()))));
    }

    private boolean ready(MatchPlan p) {
        for (String s : p.seats()) {
            if (busy.contains(s) || queues.get(s).isEmpty() || queues.get(s).peekFirst() != p.index()) {
                return false;
            }
        }
        return true;
    }
}
