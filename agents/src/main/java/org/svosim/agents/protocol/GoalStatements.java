package org.svosim.agents.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the goal an agent stated: the first sentence of its first non-blank line, without markdown or quotes. */
final class GoalStatements {
    private static final Pattern EDGES = Pattern.compile("^[\\s*_\"'`\u201c\u201d>#-]+|[\\s*_\"'`\u201c\u201d]+$");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s|$)");

    private GoalStatements() {
    }

    static String firstSentence(String reply) {
        String line = reply.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = EDGES.matcher(line).replaceAll("");
        Matcher m = FIRST_SENTENCE.matcher(line);
        String sentence = m.find() ? m.group(1) : line;
        return EDGES.matcher(sentence).replaceAll("");
    }
}
