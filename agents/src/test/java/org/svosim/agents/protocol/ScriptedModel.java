package org.svosim.agents.protocol;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** A stand-in model for interview tests: answers each Ask with the next scripted reply and keeps every Ask. */
final class ScriptedModel {
    final List<InterviewStep.Ask> asks = new ArrayList<>();

    /** Runs the interview to its end; fails if it asks more or fewer times than there are replies. */
    InterviewResult run(Interview interview, String... replies) {
        Iterator<String> script = Arrays.asList(replies).iterator();
        InterviewStep step = interview.start();
        while (step instanceof InterviewStep.Ask ask) {
            asks.add(ask);
            if (!script.hasNext()) {
                throw new AssertionError("interview asked more than scripted, at " + ask.purpose().label());
            }
            step = interview.onReply(script.next());
        }
        if (script.hasNext()) {
            throw new AssertionError("interview ended with scripted replies left over");
        }
        return ((InterviewStep.Done) step).result();
    }

    /** Answers the given replies, then reports the next call as failed. */
    InterviewResult runThenFail(Interview interview, String reason, String... replies) {
        InterviewStep step = interview.start();
        for (String reply : replies) {
            asks.add((InterviewStep.Ask) step);
            step = interview.onReply(reply);
        }
        asks.add((InterviewStep.Ask) step);
        return ((InterviewStep.Done) interview.onFailure(reason)).result();
    }

    InterviewStep.Ask ask(int index) {
        return asks.get(index);
    }

    /** The text of the last message of ask {@code index} (what was newly sent). */
    String lastSent(int index) {
        List<ChatMessage> messages = asks.get(index).messages();
        return text(messages.get(messages.size() - 1));
    }

    static String text(ChatMessage message) {
        if (message instanceof UserMessage user) {
            return user.singleText();
        }
        if (message instanceof AiMessage ai) {
            return ai.text();
        }
        return ((SystemMessage) message).text();
    }
}
