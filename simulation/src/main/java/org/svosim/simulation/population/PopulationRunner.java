package org.svosim.simulation.population;

import java.util.ArrayList;
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
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.value.TargetValue;
import org.svosim.games.play.History;
import org.svosim.games.play.Payoffs;
import org.svosim.simulation.config.FeedbackSpec;
import org.svosim.simulation.config.PopulationSpec.SliderPlan;
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
 * or after its last match; an interview counts as one unit of work in flight ({@link WorkQueues}
 * keeps who plays what next). Finished matches and interviews go to the {@link PopulationRecorder};
 * no new match starts while too many wait to be committed. When all are stored the runner completes
 * {@code done} with the matches of this attempt, in schedule order, and stops.
 *
 * <p>A resumed run passes what is {@link StoredProgress stored}: those matches and interviews are
 * not run again and each agent starts with its rebuilt memory. {@link StopTakingWork} (Ctrl-C)
 * starts no new match or interview; the runner ends once those in flight are stored.
 */
public final class PopulationRunner extends AbstractBehavior<PopulationRunner.Command> {

    /** Messages the runner handles. */
    public sealed interface Command permits MatchFinished, StoreClosed, RefereeStopped, SliderReport, SliderCall,
            SliderStopped, StopTakingWork, MatchesStored {
    }

    /** The recorder committed {@code count} more matches. */
    public record MatchesStored(int count) implements Command {
    }

    /** Start no new match or interview; end once those in flight are stored. */
    public record StopTakingWork(String reason) implements Command {
    }

    /**
     * How the runner ended.
     *
     * @param matches    the matches finished in this attempt, in schedule order, without their moves' question
     *                   and reply texts and call records (those are in run.db)
     * @param stopReason why it stopped before its work was done, or null when all is done
     */
    public record Ended(List<MatchRecord> matches, String stopReason) {
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
     * @param stored    what an earlier attempt stored (not run again), {@link StoredProgress#none()} for a new run
     */
    public record Setup(List<Member> members, List<MatchPlan> matches, Map<String, EndpointGateway> endpoints,
                        PromptTemplates templates, int memoryWindow, double moveTimeoutSeconds, int maxInFlight,
                        PopulationStore store, RunStore calls, SliderPlan slider, TrialKit sliderKit,
                        FeedbackSpec feedback, StoredProgress stored) {
    }

    private final Setup setup;
    private final CompletableFuture<Ended> done;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, ActorRef<PopulationAgent.Command>> agents = new HashMap<>();
    private final Map<Integer, MatchRecord> finished = new HashMap<>();
    private final Set<Integer> running = new HashSet<>();
    private final WorkQueues work;
    private final ActorRef<PopulationRecorder.Command> recorder;
    /** Slider interviews in flight, by member index. */
    private final Map<Integer, TrialSpec> sliders = new HashMap<>();
    private final ActorRef<ExperimentRunner.Command> sliderParent;
    private final ActorRef<RunRecorder.Command> sliderRecorder;
    private int inFlight;
    /** Finished matches handed to the recorder and not yet committed. */
    private int unsaved;
    private String stopReason;
    private boolean closing;

    public static Behavior<Command> create(Setup setup, CompletableFuture<Ended> done) {
        return Behaviors.setup(ctx -> new PopulationRunner(ctx, setup, done).startEligible());
    }

    private PopulationRunner(ActorContext<Command> ctx, Setup setup, CompletableFuture<Ended> done) {
        super(ctx);
        this.setup = setup;
        this.done = done;
        this.recorder = ctx.spawn(PopulationRecorder.create(setup.store(), setup.calls(), ctx.getSelf()),
                "population-recorder",
                DispatcherSelector.fromConfig(RunRecorder.DISPATCHER));
        int k = 0;
        Map<TargetValue, Persona> personas = new HashMap<>();
        for (Member m : setup.members()) {
            members.put(m.name(), m);
            Persona persona = personas.computeIfAbsent(m.value(), v -> Persona.of(v, setup.templates()));
            agents.put(m.name(), ctx.spawn(PopulationAgent.create(m, persona, setup.templates(),
                    setup.endpoints().get(m.backend()), setup.memoryWindow(), setup.stored().memoryOf(m.name())),
                    "agent-" + k++));
        }
        this.work = new WorkQueues(setup.members(), setup.matches(), setup.slider(), setup.stored());
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
                .onMessage(MatchesStored.class, msg -> {
                    unsaved -= msg.count();
                    return startEligible();
                })
                .onMessage(StopTakingWork.class, msg -> {
                    if (stopReason == null) {
                        stopReason = msg.reason();
                    }
                    return startEligible();
                })
                .onMessage(StoreClosed.class, msg -> {
                    List<MatchRecord> all = new ArrayList<>();
                    for (int i = 0; i < setup.matches().size(); i++) {
                        if (finished.containsKey(i)) {
                            all.add(finished.get(i));
                        }
                    }
                    done.complete(new Ended(all, work.remaining() == 0 ? null : stopReason));
                    return Behaviors.stopped();
                })
                .build();
    }

    private Behavior<Command> onMatchFinished(MatchFinished msg) {
        MatchPlan plan = msg.match().plan();
        if (!running.remove(plan.index())) {
            return this;
        }
        inFlight--;
        work.countFinished();
        recorder.tell(new PopulationRecorder.Save(msg.match()));
        unsaved++;
        finished.put(plan.index(), msg.match().withoutTexts());
        plan.seats().forEach(work::done);
        return startEligible();
    }

    private Behavior<Command> startEligible() {
        if (closing) {
            return this;
        }
        if (stopReason == null) {
            startSliders();
            startMatches();
        }
        if (inFlight == 0 && (stopReason != null || work.remaining() == 0)) {
            closing = true;
            recorder.tell(new PopulationRecorder.Close(getContext().getSelf()));
        }
        return this;
    }

    /** Starts the matches that are next for all their agents, in schedule order, while there is room. */
    private void startMatches() {
        while (inFlight < setup.maxInFlight() && unsaved < maxUnsaved()) {
            MatchPlan p = work.startMatch();
            if (p == null) {
                return;
            }
            running.add(p.index());
            inFlight++;
            List<Member> seated = new ArrayList<>();
            List<ActorRef<PopulationAgent.Command>> refs = new ArrayList<>();
            for (String s : p.seats()) {
                seated.add(members.get(s));
                refs.add(agents.get(s));
            }
            var referee = getContext().spawn(Referee.create(p, seated, refs, getContext().getSelf(),
                    setup.moveTimeoutSeconds(), setup.feedback()), "match-" + p.index());
            getContext().watchWith(referee, new RefereeStopped(p.index()));
        }
    }

    /** Most finished matches waiting for the recorder before no new match starts (as for slider trials). */
    private int maxUnsaved() {
        return ExperimentRunner.storeBacklog(setup.maxInFlight());
    }

    /** Starts the slider interviews of idle agents whose next work it is, in member order, while there is room. */
    private void startSliders() {
        while (inFlight < setup.maxInFlight()) {
            int k = work.startSlider();
            if (k < 0) {
                return;
            }
            TrialSpec spec = SliderSessions.spec(setup.members().get(k), k, setup.slider());
            sliders.put(k, spec);
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
        if (!sliders.containsKey(msg.member())) {
            return this;
        }
        TrialSpec spec = sliders.get(msg.member());
        getContext().getLog().error("slider interview {} stopped without reporting", spec.trialId());
        return sliderFinished(SliderSessions.failed(spec, setup.endpoints().get(spec.backend()),
                "slider interview failed (see the log)"));
    }

    private Behavior<Command> sliderFinished(TrialOutcome outcome) {
        int k = outcome.spec().index();
        if (sliders.remove(k) == null) {
            return this;
        }
        inFlight--;
        work.countFinished();
        recorder.tell(new PopulationRecorder.SaveSlider(outcome));
        work.done(setup.members().get(k).name());
        return startEligible();
    }

    private Behavior<Command> onRefereeStopped(RefereeStopped msg) {
        if (!running.contains(msg.index())) {
            return this;
        }
        MatchPlan plan = setup.matches().get(msg.index());
        getContext().getLog().error("referee of {} stopped without reporting its match", plan.matchId());
        return onMatchFinished(new MatchFinished(new MatchRecord(plan, History.empty(), List.of(),
                MatchRecord.ABANDONED, "referee failed (see the log)",
                Payoffs.zeros(plan.seats().size()))));
    }
}
