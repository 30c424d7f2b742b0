package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuotedTextsTest {

    /** The texts as the generator writes them, each as its own value on a line. */
    private static String written(List<String> texts, QuotedTexts quoted) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = TranscriptsJsonl.generator(out)) {
            for (String t : texts) {
                if (quoted == null) {
                    json.writeString(t);
                } else {
                    json.writeString(quoted.of(t));
                }
                json.writeRaw('\n');
            }
        }
        return out.toString();
    }

    private static List<String> awkwardTexts() {
        List<String> texts = new ArrayList<>(List.of("", "A", "say \"A\"\n", "back\\slash\ttab\r\n", "\u0000\u0001\u001f\u007f",
                "caf\u00e9 \u20ac \ud83d\ude00", "lone \ud800 surrogate", "</script>/", "\u2028\u2029"));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                b.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            texts.add(b.toString());
        }
        return texts;
    }

    @Test
    void quotedTextsAreWrittenExactlyAsTheGeneratorEscapesThem() throws IOException {
        List<String> texts = awkwardTexts();

        assertThat(written(texts, new QuotedTexts())).isEqualTo(written(texts, null));
    }

    @Test
    void aRepeatedTextIsEscapedOnceAndStillWrittenTheSame() throws IOException {
        QuotedTexts quoted = new QuotedTexts();
        String prompt = "Choose:\nA: you receive 85 coins\n\"B\"";

        assertThat(quoted.of(prompt)).isSameAs(quoted.of(prompt));
        assertThat(written(List.of(prompt, prompt), quoted)).isEqualTo(written(List.of(prompt, prompt), null));
    }

    @Test
    void moreTextsThanItRemembersAreAllWrittenCorrectly() throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            texts.add("text \"" + i + "\"\n");
        }
        assertThat(written(texts, new QuotedTexts())).isEqualTo(written(texts, null));
    }
}
