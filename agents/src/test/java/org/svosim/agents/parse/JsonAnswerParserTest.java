package org.svosim.agents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonAnswerParserTest {
    private final JsonAnswerParser parser = new JsonAnswerParser(9);

    static Stream<Arguments> readableReplies() {
        return Stream.of(
                Arguments.of("{\"choice\": \"C\"}", 'C', ParseMethod.EXACT),
                Arguments.of("  {\"choice\":\"c\"}\n", 'C', ParseMethod.EXACT),
                Arguments.of("{'choice': 'D'}", 'D', ParseMethod.EXACT),
                Arguments.of("{\"choice\": \"E\", \"reason\": \"it's fair to both\"}", 'E', ParseMethod.PATTERN),
                Arguments.of("```json\n{\"choice\": \"B\"}\n```", 'B', ParseMethod.PATTERN),
                Arguments.of("Sure! Here is my answer:\n\n```json\n{\n  \"choice\": \"G\"\n}\n```\nI picked G because "
                        + "it helps the other participant.", 'G', ParseMethod.PATTERN),
                Arguments.of("My decision is {\"choice\": \"A\"} since A is equal.", 'A', ParseMethod.PATTERN),
                Arguments.of("{\"choice\": \"Option F\"}", 'F', ParseMethod.PATTERN),
                Arguments.of("{\"choice\": \"H\"", 'H', ParseMethod.PATTERN),
                Arguments.of("I would choose C.", 'C', ParseMethod.PATTERN),
                Arguments.of("D", 'D', ParseMethod.PATTERN));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("readableReplies")
    void readsTheChosenLetter(String reply, char letter, ParseMethod method) {
        ParsedAnswer parsed = parser.parse(reply);

        assertThat(parsed.choice()).as(parsed.note()).isEqualTo(letter - 'A');
        assertThat(parsed.method()).isEqualTo(method);
    }

    static Stream<Arguments> unreadableReplies() {
        return Stream.of(
                Arguments.of("", "empty reply"),
                Arguments.of("{\"choice\": \"Z\"}", "outside the options"),
                Arguments.of("{\"choice\": 3}", "not a letter"),
                Arguments.of("{\"choice\": \"the fair one\"}", "not a letter"),
                Arguments.of("```json\n{\"choice\": \"A\"}\n```\nor maybe\n```json\n{\"choice\": \"B\"}\n```",
                        "two different letters"),
                Arguments.of("As an AI, I don't have preferences.", "refusal"),
                Arguments.of("{\"reason\": \"I value fairness\"}", "no answer found"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("unreadableReplies")
    void marksUnreadableRepliesInvalidWithTheReason(String reply, String reason) {
        ParsedAnswer parsed = parser.parse(reply);

        assertThat(parsed.method()).isEqualTo(ParseMethod.INVALID);
        assertThat(parsed.note()).contains(reason);
    }
}
