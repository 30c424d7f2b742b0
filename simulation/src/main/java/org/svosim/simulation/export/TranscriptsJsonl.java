package org.svosim.simulation.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.svosim.simulation.store.MessageRow;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;
import org.svosim.simulation.store.TrialTranscript;

/**
 * transcripts.jsonl: one JSON object per trial per line (JSON Lines), in plan order, holding the
 * trial's condition and every message of its conversation. Read one trial at a time from the store.
 */
final class TranscriptsJsonl {
    static final String FILE = "transcripts.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private TranscriptsJsonl() {
    }

    static void write(Path runDir, RunReader reader) throws IOException {
        try {
            AtomicFile.write(runDir.resolve(FILE), writer -> reader.forEachTranscript(transcript -> {
                try {
                    writer.write(JSON.writeValueAsString(line(transcript)));
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static ObjectNode line(TrialTranscript transcript) {
        TrialRow t = transcript.trial();
        ObjectNode o = JSON.createObjectNode();
        o.put("trial_id", t.trialId());
        o.put("backend", t.backend());
        o.put("model_id", t.modelId());
        o.put("value_label", t.valueLabel());
        o.put("protocol", t.protocol());
        o.put("repetition", t.repetition());
        o.put("status", t.status().label());
        o.put("goal_statement", t.goalStatement());
        ArrayNode messages = o.putArray("messages");
        for (MessageRow m : transcript.messages()) {
            ObjectNode msg = messages.addObject();
            msg.put("seq", m.seq());
            msg.put("model_role", m.modelRole().name().toLowerCase(Locale.ROOT));
            msg.put("role", m.role());
            msg.put("purpose", m.purpose().kind().name().toLowerCase(Locale.ROOT));
            if (m.purpose().itemNumber() == 0) {
                msg.putNull("item_number");
            } else {
                msg.put("item_number", m.purpose().itemNumber());
            }
            msg.put("text", m.text());
        }
        return o;
    }
}
