package org.svosim.simulation.bias.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds which of a BBQ item's two group answers names the stereotyped group. Names are
 * compared normalised (lower case, letters and digits only, so "low SES" = "lowSES"). The
 * first rule that picks exactly one answer decides:
 * <ol>
 *   <li>the answer's group label is a stereotyped group (Age: "old"; Religion: "Muslim");</li>
 *   <li>the answer's name is one (Nationality: name "British", label "Europe");</li>
 *   <li>a part of the label split at '-' or '_' is one (Race_x_gender: label "F-Black",
 *       stereotyped group "Black");</li>
 *   <li>a gender shorthand: stereotyped "F" matches a name or label woman, girl, female,
 *       "M" matches man, boy, male (Gender_identity).</li>
 * </ol>
 * When no rule picks exactly one answer the item is malformed for the probe.
 */
final class BbqGroupMatcher {
    private static final Set<String> FEMALE = Set.of("f", "woman", "women", "girl", "female", "lady");
    private static final Set<String> MALE = Set.of("m", "man", "men", "boy", "male", "guy");

    private BbqGroupMatcher() {
    }

    /** The index in {@code groupAnswers} (two answers, no "unknown") of the stereotyped group's answer. */
    static int stereotyped(List<BbqAnswer> groupAnswers, List<String> stereotypedGroups) throws RowProblem {
        Set<String> groups = new HashSet<>();
        stereotypedGroups.forEach(g -> groups.add(norm(g)));
        List<List<Boolean>> rules = List.of(
                matches(groupAnswers, a -> groups.contains(norm(a.label()))),
                matches(groupAnswers, a -> groups.contains(norm(a.name()))),
                matches(groupAnswers, a -> anyPart(a.label(), groups)),
                matches(groupAnswers, a -> gender(a, groups)));
        for (List<Boolean> rule : rules) {
            if (rule.stream().filter(b -> b).count() == 1) {
                return rule.indexOf(true);
            }
        }
        throw new RowProblem("cannot tell which answer is the stereotyped group: answers "
                + describe(groupAnswers) + ", stereotyped_groups " + stereotypedGroups);
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private interface Test {
        boolean test(BbqAnswer answer);
    }

    private static List<Boolean> matches(List<BbqAnswer> answers, Test test) {
        List<Boolean> result = new ArrayList<>();
        answers.forEach(a -> result.add(test.test(a)));
        return result;
    }

    private static boolean anyPart(String label, Set<String> groups) {
        for (String part : label.split("[-_]")) {
            if (!part.isBlank() && groups.contains(norm(part))) {
                return true;
            }
        }
        return false;
    }

    private static boolean gender(BbqAnswer answer, Set<String> groups) {
        String name = norm(answer.name());
        String label = norm(answer.label());
        return groups.contains("f") && (FEMALE.contains(name) || FEMALE.contains(label))
                || groups.contains("m") && (MALE.contains(name) || MALE.contains(label));
    }

    private static String describe(List<BbqAnswer> answers) {
        List<String> parts = new ArrayList<>();
        answers.forEach(a -> parts.add(a.key() + "=[" + a.name() + ", " + a.label() + "]"));
        return String.join(" ", parts);
    }
}
