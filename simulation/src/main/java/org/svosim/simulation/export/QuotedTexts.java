package org.svosim.simulation.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Message texts as JSON string values, each escaped once and remembered: a run sends the same system and
 * item prompts in every trial (the same {@code String}, from the interview's rendered prompts), so
 * transcripts.jsonl writes a repeated text as a copy of its escaped characters instead of escaping it
 * again. Jackson's {@link SerializedString} quotes with the escapes the generator itself uses, so the
 * output is the same. Remembers the most recently used texts; one owner, like its generator.
 */
final class QuotedTexts {
    private static final int REMEMBERED = 4096;

    private final Map<String, SerializableString> recent = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SerializableString> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** {@code text} (not null) as a string value to write with {@code JsonGenerator.writeString}. */
    SerializableString of(String text) {
        return recent.computeIfAbsent(text, SerializedString::new);
    }
}
