package org.svosim.agents.simulated;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svosim.agents.memo.BoundedMemo;
import org.svosim.games.slider.SvoCategory;

/**
 * Reads which value the prompts induce: an explicit angle ("an SVO angle of 30 degrees",
 * "-20°") wins; otherwise the earliest category word (altruistic, prosocial, individualistic,
 * competitive or hyper-competitive, and their -ist/-ism forms) gives its ring angle
 * (90, 45, 0, -45); otherwise nothing is induced.
 */
final class InducedValue {
    private static final Pattern DEGREES = Pattern.compile(
            "([-\u2212]?\\d+(?:\\.\\d+)?)[\\s-]*(?:degrees?\\b|deg\\b|\u00b0)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CATEGORY = Pattern.compile(
            "\\b(altruis(?:tic|ts?|m)|pro-?social|individualis(?:tic|ts?|m)|competitive)\\b", Pattern.CASE_INSENSITIVE);

    private static final BoundedMemo<String, OptionalDouble> READ = new BoundedMemo<>(
            SimulatedChatModel.MEMO_CAPACITY, InducedValue::readNow);
    private static final BoundedMemo<Prompts, OptionalDouble> READ_PROMPTS = new BoundedMemo<>(
            SimulatedChatModel.MEMO_CAPACITY, p -> read(p.system() + "\n" + p.firstUser()));

    /** A request's system text and first user text, read together. */
    private record Prompts(String system, String firstUser) {
    }

    private InducedValue() {
    }

    /** The induced angle in degrees found in {@code text}, or empty when the text induces none. */
    static OptionalDouble read(String text) {
        return READ.get(text);
    }

    /**
     * {@link #read(String)} of the system text and the first user text joined by a line break, remembered by the
     * two texts (every call of a trial sends the same two, and joining them for each call cost a copy and a hash).
     */
    static OptionalDouble read(String system, String firstUser) {
        return READ_PROMPTS.get(new Prompts(system, firstUser));
    }

    private static OptionalDouble readNow(String text) {
        Matcher degrees = DEGREES.matcher(text);
        if (degrees.find()) {
            return OptionalDouble.of(Double.parseDouble(degrees.group(1).replace('\u2212', '-')));
        }
        Matcher category = CATEGORY.matcher(text);
        if (category.find()) {
            return OptionalDouble.of(categoryOf(category.group(1)).ringAngle());
        }
        return OptionalDouble.empty();
    }

    /** The nearest ring category of an angle, for the agent's voice (boundaries halfway between ring positions). */
    static SvoCategory voiceOf(double degrees) {
        if (degrees >= 67.5) {
            return SvoCategory.ALTRUISTIC;
        }
        if (degrees >= 22.5) {
            return SvoCategory.PROSOCIAL;
        }
        if (degrees > -22.5) {
            return SvoCategory.INDIVIDUALISTIC;
        }
        return SvoCategory.COMPETITIVE;
    }

    private static SvoCategory categoryOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("altruis")) {
            return SvoCategory.ALTRUISTIC;
        }
        if (w.startsWith("pro")) {
            return SvoCategory.PROSOCIAL;
        }
        if (w.startsWith("individualis")) {
            return SvoCategory.INDIVIDUALISTIC;
        }
        return SvoCategory.COMPETITIVE;
    }
}
