package org.svosim.simulation.endpoint;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.hash.Sha256;

/**
 * The identity of a request: SHA-256 over the backend's provider, endpoint, model and
 * sampling parameters and over every message's role and text. Equal hashes mean the same
 * question was put to the same model in the same way.
 */
public final class RequestHash {
    private RequestHash() {
    }

    public static String of(BackendSpec spec, List<ChatMessage> messages) {
        return of(spec.toString(), messages);
    }

    /**
     * As {@link #of(BackendSpec, List)}, with the spec's text ({@code spec.toString()}) computed
     * once by the caller rather than on every call.
     */
    public static String of(String specText, List<ChatMessage> messages) {
        MessageDigest sha = Sha256.digest();
        update(sha, specText);
        for (ChatMessage m : messages) {
            update(sha, m.type().name());
            update(sha, textOf(m));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The text of a system, user or AI message. */
    public static String textOf(ChatMessage message) {
        if (message instanceof SystemMessage s) {
            return s.text();
        }
        if (message instanceof UserMessage u) {
            return u.singleText();
        }
        if (message instanceof AiMessage a) {
            return a.text() == null ? "" : a.text();
        }
        throw new IllegalArgumentException("unsupported message type " + message.type());
    }

    /** Adds {@code s} to {@code sha} with its length first, so that no two sequences of texts collide. */
    static void update(MessageDigest sha, String s) {
        byte[] bytes = String.valueOf(s).getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

}
