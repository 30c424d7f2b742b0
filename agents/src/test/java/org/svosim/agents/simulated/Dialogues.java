package org.svosim.agents.simulated;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;

/** Test conversations shaped like the project's prompts, and a strict reader of the simulated agent's answers. */
final class Dialogues {
    private static final Pattern[] ANSWER_FORMS = {
        Pattern.compile("^([A-Z])$"),
        Pattern.compile("^I choose option ([A-Z])\\.$"),
        Pattern.compile("^[^\\n]+ Answer: ([A-Z])$"),
        Pattern.compile("^\\{\"choice\": \"([A-Z])\"\\}$"),
    };

    private Dialogues() {
    }

    /** The question for Murphy item {@code number} with "A: you receive .. coins, the other participant receives .. coins" lines. */
    static String itemQuestion(int number) {
        SliderItem item = MurphySliderItems.all().items().get(number - 1);
        StringBuilder text = new StringBuilder("Question " + number + ". Which allocation do you choose?\n");
        for (int i = 0; i < item.size(); i++) {
            Allocation a = item.option(i);
            text.append(SliderItem.letter(i)).append(": you receive ").append((int) a.self())
                    .append(" coins, the other participant receives ").append((int) a.other()).append(" coins\n");
        }
        return text.append("Reply with the letter of your choice only.").toString();
    }

    /** A direct-protocol request: persona system prompt, one item question. */
    static ChatRequest direct(String persona, int item) {
        return ChatRequest.builder().messages(SystemMessage.from(persona), UserMessage.from(itemQuestion(item))).build();
    }

    /** An HVAE-style dialogue: induction about {@code value}, task, then the item question. */
    static ChatRequest hvae(String value, int item) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(UserMessage.from("Do you know the " + value + " value system? Describe a person who holds it."));
        messages.add(AiMessage.from("Yes."));
        messages.add(UserMessage.from("From now on, act fully as such a person."));
        messages.add(AiMessage.from("Understood."));
        messages.add(UserMessage.from(itemQuestion(item)));
        return ChatRequest.builder().messages(messages).build();
    }

    /** The letter of an answer in one of the simulated agent's answer forms, or null for any other text. */
    static String letterOf(String reply) {
        for (Pattern form : ANSWER_FORMS) {
            Matcher m = form.matcher(reply);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The letter the agent answers, failing the test if the reply is in no answer form. */
    static String answer(SimulatedChatModel model, ChatRequest request) {
        String reply = model.chat(request).aiMessage().text();
        String letter = letterOf(reply);
        if (letter == null) {
            throw new AssertionError("reply is in no answer form: " + reply);
        }
        return letter;
    }
}
