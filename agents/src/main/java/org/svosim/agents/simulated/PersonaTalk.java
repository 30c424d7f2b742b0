package org.svosim.agents.simulated;

import java.util.List;
import java.util.SplittableRandom;
import org.svosim.games.slider.SvoCategory;

/**
 * What the simulated agent says on turns that are not item questions: a description of a
 * person holding the induced value (the induction turn), an acknowledgement (the task
 * turn), or a one-sentence goal (any turn that mentions a goal). It speaks for the value it
 * was told to hold, even when its choices drift toward its pull angle, as models often do.
 */
final class PersonaTalk {
    private PersonaTalk() {
    }

    /** The kind of non-item turn, read from the conversation. */
    enum Turn { INDUCTION, TASK, GOAL }

    static Turn turnOf(Conversation conversation) {
        if (conversation.lastUserText().toLowerCase(java.util.Locale.ROOT).contains("goal")) {
            return Turn.GOAL;
        }
        return conversation.userTexts().size() <= 1 ? Turn.INDUCTION : Turn.TASK;
    }

    /** The reply for {@code turn}; {@code voice} is null for an agent that was induced no value. */
    static String reply(Turn turn, SvoCategory voice, SplittableRandom random) {
        String who = who(voice);
        switch (turn) {
            case INDUCTION:
                return pick(random,
                        "Yes, I know this value. Such a person " + who + ".",
                        "A person like that " + who + ". In a choice about sharing, that attitude decides.",
                        "Yes. Picture someone who " + who + "; that is the core of it.");
            case TASK:
                return pick(random,
                        "Understood. From now on I will act as a person who " + who + ".",
                        "Understood, I will answer every question as someone who " + who + ".");
            default:
                return pick(random,
                        "My goal is to " + goal(voice) + ".",
                        "My goal is simple: to " + goal(voice) + ".");
        }
    }

    private static String who(SvoCategory voice) {
        if (voice == null) {
            return "weighs their own and the other's interests case by case";
        }
        switch (voice) {
            case ALTRUISTIC:
                return "puts the other person's gain first, even at a cost to themselves";
            case PROSOCIAL:
                return "looks for outcomes that are good and fair for both sides";
            case INDIVIDUALISTIC:
                return "cares about their own gain and is indifferent to what the other gets";
            default:
                return "wants to come out ahead of the other, even if both get less";
        }
    }

    private static String goal(SvoCategory voice) {
        if (voice == null) {
            return "choose whatever seems reasonable in each question";
        }
        switch (voice) {
            case ALTRUISTIC:
                return "give the other participant as many coins as I can";
            case PROSOCIAL:
                return "make the outcome fair and as good as possible for both of us";
            case INDIVIDUALISTIC:
                return "collect as many coins for myself as I can";
            default:
                return "end with as many more coins than the other participant as possible";
        }
    }

    private static String pick(SplittableRandom random, String... options) {
        return List.of(options).get(random.nextInt(options.length));
    }
}
