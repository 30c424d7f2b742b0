package org.svosim.agents.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an option letter from a reply that was asked to be exactly {@code {"choice": "<letter>"}}.
 *
 * <ul>
 *   <li>{@link ParseMethod#EXACT}: the trimmed reply is that object and nothing else (the letter
 *       may be lower-case).</li>
 *   <li>{@link ParseMethod#PATTERN}: a JSON object with a "choice" inside a ```json fence or
 *       surrounded by text, an object with extra fields, or, when there is no usable JSON, a
 *       letter that {@link LetterAnswerParser} finds in the text.</li>
 *   <li>{@link ParseMethod#INVALID}: otherwise, with the reason in the note.</li>
 * </ul>
 */
public final class JsonAnswerParser implements AnswerParser {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Pattern CHOICE_VALUE = Pattern.compile("(?i)\\s*(?:option\\s+)?\\(?([a-z])\\)?\\.?\\s*");

    private final LetterAnswerParser letters;

    /** @param optionCount how many options the question shows, 1..26 */
    public JsonAnswerParser(int optionCount) {
        this.letters = new LetterAnswerParser(optionCount);
    }

    @Override
    public int optionCount() {
        return letters.optionCount();
    }

    @Override
    public ParsedAnswer parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return ParsedAnswer.invalid(raw == null ? "" : raw, "empty reply");
        }
        String trimmed = raw.trim();
        JsonNode whole = readObject(trimmed);
        if (whole != null && whole.has("choice")) {
            boolean exact = whole.size() == 1 && whole.get("choice").isTextual()
                    && whole.get("choice").asText().trim().length() == 1;
            return fromChoice(raw, whole.get("choice"), exact ? ParseMethod.EXACT : ParseMethod.PATTERN);
        }
        List<JsonNode> embedded = new ArrayList<>();
        for (String candidate : JsonObjects.candidates(raw)) {
            JsonNode node = readObject(candidate);
            if (node != null && node.has("choice")) {
                embedded.add(node.get("choice"));
            }
        }
        if (!embedded.isEmpty()) {
            return fromEmbedded(raw, embedded);
        }
        ParsedAnswer fallback = letters.parse(raw);
        if (!fallback.valid()) {
            return fallback;
        }
        return new ParsedAnswer(raw, fallback.choice(), ParseMethod.PATTERN, "no JSON choice; " + fallback.note());
    }

    private ParsedAnswer fromEmbedded(String raw, List<JsonNode> choices) {
        Set<Integer> distinct = new LinkedHashSet<>();
        for (JsonNode choice : choices) {
            ParsedAnswer one = fromChoice(raw, choice, ParseMethod.PATTERN);
            if (!one.valid()) {
                return one;
            }
            distinct.add(one.choice());
        }
        if (distinct.size() > 1) {
            return ParsedAnswer.invalid(raw, "two different letters in JSON objects");
        }
        return new ParsedAnswer(raw, distinct.iterator().next(), ParseMethod.PATTERN, "JSON object within text");
    }

    private ParsedAnswer fromChoice(String raw, JsonNode choice, ParseMethod method) {
        Matcher m = CHOICE_VALUE.matcher(choice.isTextual() ? choice.asText() : "");
        if (!m.matches()) {
            return ParsedAnswer.invalid(raw, "\"choice\" is not a letter: " + choice);
        }
        char letter = Character.toUpperCase(m.group(1).charAt(0));
        if (letter - 'A' >= optionCount()) {
            return ParsedAnswer.invalid(raw, "letter " + letter + " is outside the options A.." + lastLetter());
        }
        return new ParsedAnswer(raw, letter - 'A', method, method == ParseMethod.EXACT ? "JSON object" : "JSON choice");
    }

    private static JsonNode readObject(String text) {
        if (!text.startsWith("{") || !text.endsWith("}")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
