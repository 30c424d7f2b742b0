package org.svosim.agents.simulated;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated agent acting as answer extractor: it reads the reply quoted between a line
 * {@code <<<} and a line {@code >>>} and answers the letter that reply states (a final
 * "Answer: X", a JSON "choice", "option X", or a reply that is a lone capital letter), else
 * {@value #NONE}.
 */
final class ExtractorReply {
    /** The extractor's answer when the quoted reply states no letter. */
    static final String NONE = "NONE";

    private static final Pattern QUOTED = Pattern.compile("(?m)^[ \\t]*<<<[ \\t]*\\R(.*?)^[ \\t]*>>>[ \\t]*$", Pattern.DOTALL);
    private static final Pattern ANSWER = Pattern.compile("(?i:answer)\\s*[:=]?\\s*\\(?([A-Z])\\)?\\b");
    private static final Pattern JSON_CHOICE = Pattern.compile("\"choice\"\\s*:\\s*\"([A-Z])\"");
    private static final Pattern OPTION = Pattern.compile("(?i:option)\\s+\\(?([A-Z])\\)?\\b");
    private static final Pattern LONE = Pattern.compile("^\\W*([A-Z])\\W*$");

    private ExtractorReply() {
    }

    /** Whether a system prompt sets the model up as an answer extractor. */
    static boolean isExtractorPrompt(String systemText) {
        return systemText.toLowerCase(java.util.Locale.ROOT).contains("answer extractor");
    }

    /** The letter stated by the reply quoted in {@code userText}, or {@value #NONE}. */
    static String answer(String userText) {
        Matcher quoted = QUOTED.matcher(userText);
        if (!quoted.find()) {
            return NONE;
        }
        String reply = quoted.group(1).strip();
        for (Pattern p : new Pattern[] {ANSWER, JSON_CHOICE, OPTION}) {
            String letter = last(p, reply);
            if (letter != null) {
                return letter;
            }
        }
        Matcher lone = LONE.matcher(reply);
        return lone.matches() ? lone.group(1) : NONE;
    }

    private static String last(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return found;
    }
}
