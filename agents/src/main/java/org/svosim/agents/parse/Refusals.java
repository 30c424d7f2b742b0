package org.svosim.agents.parse;

import java.util.regex.Pattern;

/** Recognises replies in which the model declines to choose or to judge ("As an AI, I don't have preferences"). */
public final class Refusals {
    private static final Pattern REFUSAL = Pattern.compile(String.join("|",
            "\\bas an? (?:ai|a\\.i\\.|artificial intelligence|(?:large )?language model|llm|ai assistant|assistant)\\b",
            "\\bi (?:can ?not|can't|am unable|'m unable|am not able|'m not able|won't|will not|must decline"
                    + "|(?:do not|don't) feel comfortable|(?:do not|don't) think i (?:can|should))\\b",
            "\\bi (?:do not|don't) have (?:any |real |personal |my own )*(?:preferences|feelings|opinions|desires|values|interests)\\b",
            "\\bi'm sorry,? but\\b",
            "\\bi am sorry,? but\\b"),
            Pattern.CASE_INSENSITIVE);

    private Refusals() {
    }

    /** Whether {@code text} reads like a refusal or an "as an AI" disclaimer. */
    public static boolean isRefusal(String text) {
        return REFUSAL.matcher(text.replace('\u2019', '\'')).find();
    }
}
