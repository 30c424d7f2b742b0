package org.svosim.agents.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.svosim.agents.parse.ParseMethod;

/** Which item an interview is on, how often it has been asked, its last reply, and the answers so far. */
final class ItemProgress {
    private final List<ItemPlan> plans;
    private final List<ItemAnswer> answers = new ArrayList<>();
    private int index;
    private int attempts;
    private String lastReply;

    ItemProgress(List<ItemPlan> plans) {
        this.plans = List.copyOf(plans);
    }

    boolean finished() {
        return index >= plans.size();
    }

    ItemPlan current() {
        return plans.get(index);
    }

    int itemCount() {
        return plans.size();
    }

    /** The last letter of the item with the most options (what a task description announces). */
    char widestLastLetter() {
        return plans.stream().max(Comparator.comparingInt(ItemPlan::optionCount)).orElseThrow().lastLetter();
    }

    /** The current item is asked (again). */
    void asked() {
        attempts++;
    }

    int attempts() {
        return attempts;
    }

    void replied(String text) {
        lastReply = text;
    }

    String lastReply() {
        return lastReply;
    }

    /** Records the current item's answer (read from the last reply) and moves to the next item. */
    void answer(Integer shownChoice, ParseMethod method) {
        answers.add(current().answer(lastReply, shownChoice, method, attempts));
        index++;
        attempts = 0;
        lastReply = null;
    }

    List<ItemAnswer> answers() {
        return List.copyOf(answers);
    }
}
