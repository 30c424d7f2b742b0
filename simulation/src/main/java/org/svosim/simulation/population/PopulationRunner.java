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
import org.svosim.simulation.config.FeedbackSpec;
import org.svosim.simulation.config.PopulationSpec.SliderPlan;
import org.svosim.simulation.config.PopulationSpec.SliderTiming;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.engine.ExperimentRunner;
import org.svosim.simulation.engine.RunRecorder;
import org.svosim.simulation.engine.TrialAgent;
import org.svosim.simulation.engine.TrialKit;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.store.RunStore;

/**
 * Runs a population: one {@link PopulationAgent} per member for the whole run and one
 * {@link Referee} per match, at most {@code maxInFlight} matches at a time. Each agent plays its
 * matches in schedule order, one at a time, so its memory (and a simulated agent's answers) do
 * not depend on timing. With a slider plan, each agent also takes the slider measure (a
 * {@link TrialAgent} of the slider experiment, on its {@link SliderSessions} trial) before its first
 * or after its last match; an interview counts as one unit of work in flight. Finished matches and
 * interviews go to the {@link PopulationRecorder}; when all are stored the runner completes
 * {@code done} with the matches, in schedule order, and stops.
 */
public final class PopulationRunner extends AbstractBehavior<PopulationRunner.Command> {

    /** Messages the runner handles. */
    public sealed interface Command permits MatchFinished, StoreClosed, RefereeStopped, SliderReport, SliderCall,
            SliderStopped {
    }

    /** What a slider interview's {@link TrialAgent} tells its parent (its outcome). */
    private record SliderReport(ExperimentRunner.Command report) implements Command {
    }

    /** A slider interview's model call, to be stored. */
    private record SliderCall(RunRecorder.Command call) implements Command {
    }

    /** A slider interview's actor stopped; if it did not report, its interview is recorded as failed. */
    private record SliderStopped(int member) implements Command {
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

    /**
     * Everything a runner needs.
     *
     * @param slider    whether and how agents take the slider measure
     * @param sliderKit what the slider interviews need (items, templates, protocol, endpoints)
     * @param feedback  what agents are told after a round
     */
    public record Setup(List<Member> members, List<MatchPlan> matches, Map<String, EndpointGateway> endpoints,
                        PromptTemplates templates, int memoryWindow, double moveTimeoutSeconds, int maxInFlight,
                        PopulationStore store, RunStore calls, SliderPlan slider, TrialKit sliderKit,
                        FeedbackSpec feedback) {
    }

    /** Marks an agent's slider interview in its work queue. */
    private static final int SLIDER = -1;

    private final Setup setup;
    private final CompletableFuture<List<MatchRecord>> done;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, ActorRef<PopulationAgent.Command>> agents = new HashMap<>();
    private final Map<String, Deque<Integer>> queues = new HashMap<>();
    private final Set<String> busy = new HashSet<>();
    private final Map<Integer, MatchRecord> finished = new HashMap<>();
    private final Set<Integer> started = new HashSet<>();
    private final ActorRef<PopulationRecorder.Command> recorder;
    private final Map<Integer, TrialSpec> sliders = new HashMap<>();
    private final Set<Integer> slidersDone = new HashSet<>();
    private final ActorRef<ExperimentRunner.Command> sliderParent;
    private final ActorRef<RunRecorder.Command> sliderRecorder;
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
        if (setup.slider().enabled()) {
            for (Member m : setup.members()) {
                if (setup.slider().when() == SliderTiming.BEFORE) {
                    queues.get(m.name()).addFirst(SLIDER);
                } else {
                    queues.get(m.name()).addLast(SLIDER);
                }
            }
        }
        this.sliderParent = ctx.messageAdapter(ExperimentRunner.Command.class, SliderReport::new);
        this.sliderRecorder = ctx.messageAdapter(RunRecorder.Command.class, SliderCall::new);
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(MatchFinished.class, this::onMatchFinished)
                .onMessage(RefereeStopped.class, this::onRefereeStopped)
                .onMessage(SliderReport.class, this::onSliderReport)
                .onMessage(SliderCall.class, this::onSliderCall)
                .onMessage(SliderStopped.class, this::onSliderStopped)
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
        startSliders();
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
                    setup.moveTimeoutSeconds(), setup.feedback()), "match-" + p.index());
            getContext().watchWith(referee, new RefereeStopped(p.index()));
        }
        if (inFlight == 0 && queues.values().stream().allMatch(Deque::isEmpty)) {
            recorder.tell(new PopulationRecorder.Close(getContext().getSelf()));
        }
        return this;
    }

    /** Starts the slider interview of every idle agent whose next work it is, in member order. */
    private void startSliders() {
        for (int k = 0; k < setup.members().size() && inFlight < setup.maxInFlight(); k++) {
            Member m = setup.members().get(k);
            Integer next = queues.get(m.name()).peekFirst();
            if (next == null || next != SLIDER || busy.contains(m.name()) || sliders.containsKey(k)) {
                continue;
            }
            TrialSpec spec = SliderSessions.spec(m, k, setup.slider());
            sliders.put(k, spec);
            busy.add(m.name());
            inFlight++;
            var agent = getContext().spawn(TrialAgent.create(spec, setup.sliderKit(), sliderParent, sliderRecorder),
                    "slider-" + k);
            getContext().watchWith(agent, new SliderStopped(k));
        }
    }

    private Behavior<Command> onSliderReport(SliderReport msg) {
        if (msg.report() instanceof ExperimentRunner.TrialFinished f) {
            return sliderFinished(f.outcome());
        }
        return this;
    }

    private Behavior<Command> onSliderCall(SliderCall msg) {
        if (msg.call() instanceof RunRecorder.StoreCall c) {
            recorder.tell(new PopulationRecorder.SaveCall(c.trialId(), c.call()));
        }
        return this;
    }

    private Behavior<Command> onSliderStopped(SliderStopped msg) {
        if (slidersDone.contains(msg.member())) {
            return this;
        }
        TrialSpec spec = sliders.get(msg.member());
        getContext().getLog().error("slider interview {} stopped without reporting", spec.trialId());
        return sliderFinished(SliderSessions.failed(spec, setup.endpoints().get(spec.backend()),
                "slider interview failed (see the log)"));
    }

    private Behavior<Command> sliderFinished(TrialOutcome outcome) {
        int k = outcome.spec().index();
        if (!slidersDone.add(k)) {
            return this;
        }
        inFlight--;
        recorder.tell(new PopulationRecorder.SaveSlider(outcome));
        String name = setup.members().get(k).name();
        queues.get(name).removeFirst();
        busy.remove(name);
        return startEligible();
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
            if (busy.contains(s) || queues.get(s).isEmpty() || queues.get(s).peekFirst().intValue() != p.index()) {
                return false;
            }
        }
        return true;
    }
}
