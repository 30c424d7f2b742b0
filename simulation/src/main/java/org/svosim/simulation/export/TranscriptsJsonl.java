package org.svosim.simulation.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.svosim.simulation.store.MessageRow;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;
import org.svosim.simulation.store.TrialTranscript;

/**
 * transcripts.jsonl: one JSON object per trial per line (JSON Lines), in plan order, holding the
 * trial's condition and every message of its conversation. Streamed: the messages are read in one
 * pass and each line is generated straight into the file, one trial in memory at a time.
 */
final class TranscriptsJsonl {
    static final String FILE = "transcripts.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    private static final JsonFactory FACTORY = JSON.getFactory();

    private TranscriptsJsonl() {
    }

    static void write(Path runDir, RunReader reader, List<TrialRow> trials) throws IOException {
        try {
            AtomicFile.write(runDir.resolve(FILE), writer -> {
                try (JsonGenerator json = generator(writer)) {
                    QuotedTexts texts = new QuotedTexts();
                    reader.forEachTranscript(trials, transcript -> {
                        try {
                            line(transcript, json, texts);
                            json.writeRaw('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A generator for lines of this file into {@code writer} (no separator between root values). */
    static JsonGenerator generator(Writer writer) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(writer);
        json.setRootValueSeparator(null);
        return json;
    }

    /** Writes one line's object (without the line end), the message texts quoted by {@code texts}. */
    static void line(TrialTranscript transcript, JsonGenerator json, QuotedTexts texts) throws IOException {
        TrialRow t = transcript.trial();
        json.writeStartObject();
        json.writeStringField("trial_id", t.trialId());
        json.writeStringField("backend", t.backend());
        json.writeStringField("model_id", t.modelId());
        json.writeStringField("value_label", t.valueLabel());
        json.writeStringField("protocol", t.protocol());
        json.writeNumberField("repetition", t.repetition());
        json.writeStringField("status", t.status().label());
        json.writeStringField("goal_statement", t.goalStatement());
        json.writeArrayFieldStart("messages");
        for (MessageRow m : transcript.messages()) {
            json.writeStartObject();
            json.writeNumberField("seq", m.seq());
            json.writeStringField("model_role", m.modelRole().name().toLowerCase(Locale.ROOT));
            json.writeStringField("role", m.role());
            json.writeStringField("purpose", m.purpose().kind().name().toLowerCase(Locale.ROOT));
            if (m.purpose().itemNumber() == 0) {
                json.writeNullField("item_number");
            } else {
                json.writeNumberField("item_number", m.purpose().itemNumber());
            }
            json.writeFieldName("text");
            if (m.text() == null) {
                json.writeNull();
            } else {
                json.writeString(texts.of(m.text()));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
