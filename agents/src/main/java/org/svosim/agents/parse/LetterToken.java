package org.svosim.agents.parse;

import java.util.regex.Pattern;

/**
 * Decides whether a letter found after an answer marker really reads as an option letter and
 * not as an English word: "I" as a pronoun ("Answer: I think ...") or "a" as an article
 * ("my choice is a fair one"). Upper-case letters count unless they run into a word; lower-case
 * letters count only where nothing but closing punctuation follows ("c)", "answer: c.").
 * After an answer label, an upper-case "A" or "I" followed by a lower-case word counts only if
 * that word continues an option ("A or B", "A because ...", "I is ...").
 */
final class LetterToken {
    /** Words after which an upper-case "A" or "I" is an option, not an article or pronoun ("A or B", "I because"). */
    private static final Pattern OPTION_CONTINUATION = Pattern.compile(
            "(?:or|and|nor|because|since|is|seems|gives|offers|provides|maximi[sz]es|yields|which)\\b");
    private static final String MARKUP = "*_\"'`\u201c\u201d\u2018\u2019";

    private LetterToken() {
    }

    /**
     * @param text        the reply
     * @param i           index of the candidate letter
     * @param strictWords reject upper-case "A" and "I" when a lower-case word follows after a
     *                    space (use after labels, where a new sentence may start)
     */
    static boolean accepts(String text, int i, boolean strictWords) {
        int n = text.length();
        char c = text.charAt(i);
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        int j = i + 1;
        if (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == '\u2019')) {
            return false;
        }
        if (Character.isLowerCase(c)) {
            return onlyClosingPunctuationFollows(text, skipMarkup(text, j));
        }
        if (strictWords && (c == 'A' || c == 'I') && j < n && text.charAt(j) == ' '
                && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == ':')) {
            int k = j;
            while (k < n && text.charAt(k) == ' ') {
                k++;
            }
            return k >= n || !Character.isLowerCase(text.charAt(k))
                    || OPTION_CONTINUATION.matcher(text).region(k, n).lookingAt();
        }
        return true;
    }

    /** Index after any markdown/quote characters from {@code from}. */
    static int skipMarkup(String text, int from) {
        int k = from;
        while (k < text.length() && MARKUP.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    private static boolean onlyClosingPunctuationFollows(String text, int k) {
        int n = text.length();
        if (k < n && (text.charAt(k) == ')' || text.charAt(k) == ']')) {
            return true;
        }
        if (k < n && (text.charAt(k) == '.' || text.charAt(k) == '!')) {
            k = skipMarkup(text, k + 1);
        }
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k >= n || text.charAt(k) == '\n' || text.charAt(k) == '\r';
    }
}
