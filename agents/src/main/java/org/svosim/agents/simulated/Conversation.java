package org.svosim.agents.simulated;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.svosim.agents.hash.Sha256;
import org.svosim.agents.memo.BoundedMemo;

/** Read-only views of a request's message list: the texts the simulated agent looks at, and its fingerprint. */
final class Conversation {
    private static final BoundedMemo<String, Integer> WORDS = new BoundedMemo<>(
            SimulatedChatModel.MEMO_CAPACITY, Conversation::countWords);

    private final List<ChatMessage> messages;
    private final List<String> texts;
    private final List<String> users;
    private final String system;

    Conversation(List<ChatMessage> messages) {
        this.messages = List.copyOf(messages);
        List<String> all = new ArrayList<>(messages.size());
        List<String> userTexts = new ArrayList<>();
        List<String> systemParts = new ArrayList<>();
        for (ChatMessage m : this.messages) {
            String t = text(m);
            all.add(t);
            if (m instanceof UserMessage) {
                userTexts.add(t);
            } else if (m instanceof SystemMessage) {
                systemParts.add(t);
            }
        }
        this.texts = List.copyOf(all);
        this.users = List.copyOf(userTexts);
        this.system = systemParts.size() == 1 ? systemParts.get(0) : String.join("\n", systemParts);
    }

    /** All system messages' text joined by newlines ("" if none). */
    String systemText() {
        return system;
    }

    /** The user messages' texts in order. */
    List<String> userTexts() {
        return users;
    }

    /** The first user message ("" if none). */
    String firstUserText() {
        return users.isEmpty() ? "" : users.get(0);
    }

    /** The last user message ("" if none). */
    String lastUserText() {
        return users.isEmpty() ? "" : users.get(users.size() - 1);
    }

    /** Number of whitespace-separated words over all messages. */
    int wordCount() {
        int words = 0;
        for (String t : texts) {
            words += words(t);
        }
        return words;
    }

    /**
     * A 64-bit seed from SHA-256 over the trial seed and every message's type and text, so a
     * reply depends on exactly these inputs and not on when or in which order calls are made.
     */
    long fingerprint(long seed) {
        MessageDigest sha = Sha256.digest();
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
        for (int k = 0; k < messages.size(); k++) {
            ChatMessage m = messages.get(k);
            sha.update(m.type().name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(texts.get(k).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 1);
        }
        return ByteBuffer.wrap(sha.digest()).getLong();
    }

    static int words(String text) {
        return WORDS.get(text);
    }

    private static int countWords(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String text(ChatMessage message) {
        if (message instanceof SystemMessage) {
            return ((SystemMessage) message).text();
        }
        if (message instanceof AiMessage) {
            String t = ((AiMessage) message).text();
            return t == null ? "" : t;
        }
        if (message instanceof UserMessage) {
            List<String> parts = new ArrayList<>();
            for (Content c : ((UserMessage) message).contents()) {
                if (c instanceof TextContent) {
                    parts.add(((TextContent) c).text());
                }
            }
            // one part: that very String, whose hash the memos' lookups then find already computed
            return parts.size() == 1 ? parts.get(0) : String.join("\n", parts);
        }
        return "";
    }

}
