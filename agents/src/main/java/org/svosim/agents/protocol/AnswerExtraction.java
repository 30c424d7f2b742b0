package org.svosim.agents.protocol;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.Map;
import java.util.regex.Pattern;
import org.svosim.agents.parse.LetterAnswerParser;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.parse.ParsedAnswer;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.prompt.TemplateNames;

/** The extractor's request (a fresh two-message conversation) and how its reply is read. */
final class AnswerExtraction {
    private static final Pattern NONE = Pattern.compile("(?i)\\W*none\\W*");

    private AnswerExtraction() {
    }

    static SystemMessage system(PromptTemplates templates) {
        return SystemMessage.from(templates.render(TemplateNames.EXTRACTOR_SYSTEM, Map.of()));
    }

    static UserMessage request(String question, String reply, char lastLetter, PromptTemplates templates) {
        return UserMessage.from(templates.render(TemplateNames.EXTRACTOR_USER, Map.of(
                "question", question,
                "reply", reply,
                "last_letter", String.valueOf(lastLetter))));
    }

    /** The extractor's letter ({@link ParseMethod#EXTRACTOR}) or INVALID when it says NONE or is unreadable. */
    static ParsedAnswer read(String extractorReply, int optionCount) {
        if (NONE.matcher(extractorReply).matches()) {
            return ParsedAnswer.invalid(extractorReply, "extractor found no answer");
        }
        ParsedAnswer parsed = new LetterAnswerParser(optionCount).parse(extractorReply);
        if (!parsed.valid()) {
            return ParsedAnswer.invalid(extractorReply, "extractor reply unreadable: " + parsed.note());
        }
        return new ParsedAnswer(extractorReply, parsed.choice(), ParseMethod.EXTRACTOR, "extractor");
    }
}
