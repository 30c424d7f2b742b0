package org.svosim.agents.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LetterAnswerParserTest {
    private final LetterAnswerParser parser = new LetterAnswerParser(9);

    static Stream<Arguments> readableReplies() {
        return Stream.of(
                // exact replies
                Arguments.of("C", 'C', ParseMethod.EXACT),
                Arguments.of("  c \n", 'C', ParseMethod.EXACT),
                Arguments.of("C.", 'C', ParseMethod.EXACT),
                Arguments.of("C)", 'C', ParseMethod.EXACT),
                Arguments.of("(C)", 'C', ParseMethod.EXACT),
                Arguments.of("**C**", 'C', ParseMethod.EXACT),
                Arguments.of("I", 'I', ParseMethod.EXACT),
                Arguments.of("a", 'A', ParseMethod.EXACT),
                // explicit answer patterns
                Arguments.of("Answer: C", 'C', ParseMethod.PATTERN),
                Arguments.of("Final answer: D", 'D', ParseMethod.PATTERN),
                Arguments.of("Option C", 'C', ParseMethod.PATTERN),
                Arguments.of("Option C.", 'C', ParseMethod.PATTERN),
                Arguments.of("c) 85 coins for me and 85 for the other participant", 'C', ParseMethod.PATTERN),
                Arguments.of("C: you receive 85 coins, the other participant receives 85 coins", 'C', ParseMethod.PATTERN),
                Arguments.of("I choose option C because it is fair to both of us.", 'C', ParseMethod.PATTERN),
                Arguments.of("My choice is B.", 'B', ParseMethod.PATTERN),
                Arguments.of("I think the fairest split is (E).", 'E', ParseMethod.PATTERN),
                Arguments.of("After weighing it up, I'd go with **G** since it gives both of us a lot.", 'G', ParseMethod.PATTERN),
                Arguments.of("**Answer:** F", 'F', ParseMethod.PATTERN),
                Arguments.of("**Answer: H**", 'H', ParseMethod.PATTERN),
                Arguments.of("The best option is E.", 'E', ParseMethod.PATTERN),
                Arguments.of("I'll take A.", 'A', ParseMethod.PATTERN),
                Arguments.of("As a competitive person, I care about the difference. Option A gives 85 vs 85; "
                        + "option I gives 85 vs 15. So I choose I.", 'I', ParseMethod.PATTERN),
                // a letter in the reasoning, another in the final answer
                Arguments.of("Option A gives me more, but as a prosocial person I would choose C. Answer: C", 'C',
                        ParseMethod.PATTERN),
                Arguments.of("I considered B, since it is generous.\n\nFinal answer: D", 'D', ParseMethod.PATTERN),
                Arguments.of("I would choose A at first glance... Answer: C", 'C', ParseMethod.PATTERN),
                Arguments.of("I'd pick B. Actually, on reflection, I'd rather go with E.", 'E', ParseMethod.PATTERN),
                Arguments.of("A selfish player might want option A, which maximises their coins.\n"
                        + "Option E splits the coins evenly at 75 each.\n\nAs someone who values fairness:\n\n**E**",
                        'E', ParseMethod.PATTERN),
                // chatty multi-paragraph reply
                Arguments.of("What a thoughtful question! Let me think about it.\n\n"
                        + "Looking at the options, A gives us both 85 coins, while I gives me 85 and the other only 15. "
                        + "I think sharing equally is the right thing to do.\n\n"
                        + "Therefore, my answer is A.", 'A', ParseMethod.PATTERN),
                // the pronoun "I" and the article "a" are not options
                Arguments.of("Answer: I think C is the kindest choice.", 'C', ParseMethod.PATTERN),
                Arguments.of("I think I will choose D.", 'D', ParseMethod.PATTERN),
                Arguments.of("My choice is a hard one, but I choose F.", 'F', ParseMethod.PATTERN),
                Arguments.of("Answer: I", 'I', ParseMethod.PATTERN),
                Arguments.of("Answer: A because it treats us both equally.", 'A', ParseMethod.PATTERN),
                Arguments.of("answer: c.", 'C', ParseMethod.PATTERN),
                Arguments.of("{\"choice\": \"B\"", 'B', ParseMethod.PATTERN),
                Arguments.of("**Option E** - this gives both participants 75 coins each.", 'E', ParseMethod.PATTERN),
                Arguments.of("Given my values, **C** is my choice.", 'C', ParseMethod.PATTERN),
                Arguments.of("Choice: G (87, 81)", 'G', ParseMethod.PATTERN),
                Arguments.of("The answer is E.", 'E', ParseMethod.PATTERN),
                Arguments.of("The fairest option is E, but I choose A.", 'A', ParseMethod.PATTERN),
                Arguments.of("I pick A. A selfish person would pick I.", 'A', ParseMethod.PATTERN),
                Arguments.of("I\u2019d go with B.", 'B', ParseMethod.PATTERN),
                Arguments.of("Let me analyse each option:\n\nA: 100 for me, 50 for them\nB: 94 for me, 56 for them\n"
                        + "I: 50 for me, 100 for them\n\nAs an altruist I want the other to get the most. I choose I.",
                        'I', ParseMethod.PATTERN));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("readableReplies")
    void readsTheChosenLetter(String reply, char letter, ParseMethod method) {
        ParsedAnswer parsed = parser.parse(reply);

        assertThat(parsed.choice()).as(parsed.note()).isEqualTo(letter - 'A');
        assertThat(parsed.method()).isEqualTo(method);
        assertThat(parsed.raw()).isEqualTo(reply);
    }

    static Stream<Arguments> unreadableReplies() {
        return Stream.of(
                Arguments.of("", "empty reply"),
                Arguments.of("   \n ", "empty reply"),
                Arguments.of("I can't make that choice.", "refusal"),
                Arguments.of("As an AI, I don't have preferences about how to split coins.", "refusal"),
                Arguments.of("I'm sorry, but I cannot choose between option A and option B for you.", "refusal"),
                Arguments.of("I think fairness matters most to me here.", "no answer found"),
                Arguments.of("Option A gives me the most, while option E is the fairest.", "no answer found"),
                Arguments.of("It is a choice between a fair split and a selfish one.", "no answer found"),
                Arguments.of("Answer: I was torn here and could not settle.", "no answer found"),
                Arguments.of("Answer: A or B, both seem fine to me.", "two different letters"),
                Arguments.of("Final answer: B\n...\nFinal answer: D", "two different letters"),
                Arguments.of("Answer: K", "outside the options"),
                Arguments.of("K", "outside the options"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("unreadableReplies")
    void marksUnreadableRepliesInvalidWithTheReason(String reply, String reason) {
        ParsedAnswer parsed = parser.parse(reply);

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.method()).isEqualTo(ParseMethod.INVALID);
        assertThat(parsed.note()).contains(reason);
    }

    @Test
    void anExplicitAnswerOverridesARefusalPhrase() {
        ParsedAnswer parsed = parser.parse("As an AI I don't have real preferences, but in this role my answer is G.");

        assertThat(parsed.choice()).isEqualTo(6);
    }

    @Test
    void letterBeyondASmallerOptionSetIsInvalid() {
        assertThat(new LetterAnswerParser(3).parse("Answer: D").note()).contains("outside the options A..C");
    }

    @Test
    void rejectsAnImpossibleOptionCount() {
        assertThatThrownBy(() -> new LetterAnswerParser(27)).hasMessageContaining("1..26");
    }

    @Test
    void aRepeatedShortReplyIsReadForTheOptionCountItIsAskedWith() {
        String reply = "I choose option G.";
        assertThat(new LetterAnswerParser(9).parse(reply).choice()).isEqualTo(6);
        assertThat(new LetterAnswerParser(3).parse(reply).valid()).isFalse();
        assertThat(new LetterAnswerParser(9).parse(reply).method()).isEqualTo(ParseMethod.PATTERN);
        assertThat(new LetterAnswerParser(3).parse(reply).note()).contains("outside the options A..C");
    }

    @Test
    void aLongReplyIsReadLikeAShortOne() {
        String filler = "The amounts for me and for the other participant both matter to me. ".repeat(5);
        assertThat(filler.length()).isGreaterThan(LetterAnswerParser.REMEMBERED_LENGTH);
        ParsedAnswer longReply = parser.parse(filler + "Answer: D");
        assertThat(longReply.choice()).isEqualTo(3);
        assertThat(longReply.method()).isEqualTo(ParseMethod.PATTERN);
        assertThat(longReply.note()).isEqualTo(parser.parse("Answer: D").note());
        assertThat(parser.parse(null).method()).isEqualTo(ParseMethod.INVALID);
        assertThat(parser.parse("   ").note()).isEqualTo("empty reply");
    }
}
