package org.svosim.simulation.population;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.Question;
import org.svosim.games.play.Stage;
import org.svosim.simulation.config.FeedbackSpec;

/**
 * Runs one match: asks the players each stage's questions (all questions of a stage are built
 * from the same history, before anyone answers), collects the moves, plays them into the game,
 * tells each player what happened after every round (as the population's feedback setting says),
 * and reports the match to its parent.
 *
 * <p>A move that fails (failed call, unclear reply) or does not come within the timeout is
 * recorded with its reason and the match is <b>abandoned</b>: the rounds completed so far are
 * kept, the unfinished round is not settled and no default move is invented. A failed move ends the
 * match only once every answer of its stage is in (or the timeout passed), so that the recorded
 * moves do not depend on which reply came first.
 */
public final class Referee extends AbstractBehavior<Referee.Command> {

    /** Messages a referee handles. */
    public sealed interface Command permits MoveMade, MoveTimeout {
    }

    /** A player's answer (or failure). */
    public record MoveMade(MoveReply reply) implements Command {
    }

    private record MoveTimeout(int turn) implements Command {
    }

    private final MatchPlan plan;
    private final Game game;
    private final List<Member> seats;
    private final List<ActorRef<PopulationAgent.Command>> agents;
    private final ActorRef<PopulationRunner.Command> parent;
    private final TimerScheduler<Command> timers;
    private final Duration timeout;
    private final double timeoutSeconds;
    private final FeedbackSpec feedback;
    private final List<MoveReply> moves = new ArrayList<>();
    private final Map<Integer, MoveReply> pending = new LinkedHashMap<>();
    private History history = History.empty();
    private Stage stage;
    private int roundStartTurn;

    public static Behavior<Command> create(MatchPlan plan, List<Member> seats,
                                           List<ActorRef<PopulationAgent.Command>> agents,
                                           ActorRef<PopulationRunner.Command> parent, double timeoutSeconds,
                                           FeedbackSpec feedback) {
        return Behaviors.setup(ctx -> Behaviors.withTimers(timers ->
                new Referee(ctx, timers, plan, seats, agents, parent, timeoutSeconds, feedback).askNext()));
    }

    private Referee(ActorContext<Command> ctx, TimerScheduler<Command> timers, MatchPlan plan, List<Member> seats,
                    List<ActorRef<PopulationAgent.Command>> agents, ActorRef<PopulationRunner.Command> parent,
                    double timeoutSeconds, FeedbackSpec feedback) {
        super(ctx);
        this.feedback = feedback;
        this.timers = timers;
        this.plan = plan;
        this.game = plan.game().game();
        this.seats = List.copyOf(seats);
        this.agents = List.copyOf(agents);
        this.parent = parent;
        this.timeoutSeconds = timeoutSeconds;
        this.timeout = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(MoveMade.class, this::onMoveMade)
                .onMessage(MoveTimeout.class, this::onTimeout)
                .build();
    }

    private Behavior<Command> askNext() {
        stage = game.next(history).orElse(null);
        if (stage == null) {
            return finish(MatchRecord.COMPLETED, null);
        }
        int turn = history.size();
        pending.clear();
        for (Question q : stage.questions()) {
            double degrees = seats.get(q.player()).value().degrees();
            agents.get(q.player()).tell(new PopulationAgent.Ask(plan.matchId(), q.player(), turn, plan.game().label(),
                    game.rules(), game.players(), q, Expectations.of(game, history, stage, q, degrees),
                    Expectations.settled(game, history, stage, q), getContext().getSelf()));
        }
        timers.startSingleTimer(new MoveTimeout(turn), timeout);
        return this;
    }

    private Behavior<Command> onMoveMade(MoveMade msg) {
        MoveReply r = msg.reply();
        if (stage == null || r.turn() != history.size() || stage.indexOf(r.player()) < 0
                || pending.containsKey(r.player())) {
            return this;
        }
        pending.put(r.player(), r);
        moves.add(r);
        if (pending.size() < stage.questions().size()) {
            return this;
        }
        timers.cancelAll();
        MoveReply failed = pending.values().stream().filter(p -> !p.ok())
                .min(java.util.Comparator.comparingInt(MoveReply::player)).orElse(null);
        if (failed != null) {
            return finish(MatchRecord.ABANDONED, failed.agent() + ": " + failed.failure());
        }
        List<Move> played = new ArrayList<>();
        pending.values().forEach(p -> played.add(new Move(p.player(), p.answer())));
        try {
            history = game.play(history, played);
        } catch (IllegalArgumentException e) {
            return finish(MatchRecord.ABANDONED, "invalid move: " + e.getMessage());
        }
        if (RememberedRounds.roundEnds(game, history, stage)) {
            tellRound();
        }
        return askNext();
    }

    private Behavior<Command> onTimeout(MoveTimeout msg) {
        if (stage == null || msg.turn() != history.size()) {
            return this;
        }
        String late = null;
        for (Question q : stage.questions()) {
            if (!pending.containsKey(q.player())) {
                MoveReply r = MoveReply.timedOut(seats.get(q.player()).name(), q.player(), msg.turn(), timeoutSeconds);
                moves.add(r);
                late = late == null ? r.agent() : late + ", " + r.agent();
            }
        }
        return finish(MatchRecord.ABANDONED, "no move within " + timeoutSeconds + " s from " + late);
    }

    private void tellRound() {
        List<String> sentences = RoundNarration.of(plan.game().label(), game, history, roundStartTurn, feedback);
        for (int seat = 0; seat < sentences.size(); seat++) {
            agents.get(seat).tell(new PopulationAgent.Remember(sentences.get(seat)));
        }
        roundStartTurn = history.size();
    }

    private Behavior<Command> finish(String status, String reason) {
        timers.cancelAll();
        stage = null;
        moves.sort(java.util.Comparator.comparingInt(MoveReply::turn).thenComparingInt(MoveReply::player));
        parent.tell(new PopulationRunner.MatchFinished(new MatchRecord(plan, history, moves, status, reason,
                game.payoffs(history))));
        return Behaviors.stopped();
    }
}
