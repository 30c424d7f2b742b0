package org.svosim.simulation.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestHashMemoTest {
    private static final String SPEC = "Simulated[name=sim]";
    private static final SystemMessage SYSTEM = SystemMessage.from("You are prosocial.");

    @Test
    void aRepeatedRequestGetsTheHashOfItsMessages() {
        RequestHashMemo memo = new RequestHashMemo(SPEC);
        List<ChatMessage> request = List.of(SYSTEM, UserMessage.from("Choose A or B."));

        assertThat(memo.of(request)).isEqualTo(RequestHash.of(SPEC, request));
        assertThat(memo.of(List.of(SYSTEM, UserMessage.from("Choose A or B.")))).isEqualTo(RequestHash.of(SPEC, request));
    }

    @Test
    void anotherRequestOrAnotherBackendHashesDifferently() {
        RequestHashMemo memo = new RequestHashMemo(SPEC);
        List<ChatMessage> a = List.of(SYSTEM, UserMessage.from("Choose A or B."));
        List<ChatMessage> b = List.of(SYSTEM, UserMessage.from("Choose C or D."));

        assertThat(memo.of(b)).isNotEqualTo(memo.of(a)).isEqualTo(RequestHash.of(SPEC, b));
        assertThat(new RequestHashMemo("Simulated[name=other]").of(a)).isNotEqualTo(memo.of(a));
    }

    @Test
    void aConversationChangedAfterItWasHashedIsHashedAsItIsNow() {
        RequestHashMemo memo = new RequestHashMemo(SPEC);
        List<ChatMessage> conversation = new ArrayList<>(List.of(SYSTEM, UserMessage.from("Choose A or B.")));
        String before = memo.of(conversation);
        conversation.add(AiMessage.from("A"));
        conversation.add(UserMessage.from("Why?"));

        assertThat(memo.of(conversation)).isNotEqualTo(before).isEqualTo(RequestHash.of(SPEC, conversation));
    }

    @Test
    void moreRequestsThanItKeepsAreStillHashedCorrectly() {
        RequestHashMemo memo = new RequestHashMemo(SPEC);
        for (int i = 0; i < 10_000; i++) {
            List<ChatMessage> request = List.of(SYSTEM, UserMessage.from("item " + (i % 5000)));
            assertThat(memo.of(request)).isEqualTo(RequestHash.of(SPEC, request));
        }
    }
}
