package org.svosim.simulation.bias.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link EmulatorCache} in a JSON Lines file, one {@code {"key": ..., "sentence": ...,
 * "scenario": ...}} per line, appended and forced to disk on every {@link #put}. Opening reads
 * the whole file; a line that is not such an object (e.g. half-written by a crash) is ignored
 * and counted. The first entry for a key wins.
 */
public final class JsonlEmulatorCache implements EmulatorCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, String> entries = new HashMap<>();
    private final int ignoredLines;

    private JsonlEmulatorCache(Path file, int ignoredLines) {
        this.file = file;
        this.ignoredLines = ignoredLines;
    }

    /**
     * The cache in {@code file}, which need not exist yet.
     *
     * @throws ScenarioSourceException if an existing file cannot be read
     */
    public static JsonlEmulatorCache open(Path file) throws ScenarioSourceException {
        Map<String, String> loaded = new HashMap<>();
        int ignored = 0;
        if (Files.exists(file)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !load(line, loaded)) {
                        ignored++;
                    }
                }
            } catch (IOException e) {
                throw new ScenarioSourceException("cannot read emulator cache " + file + ": " + e.getMessage(), e);
            }
        }
        JsonlEmulatorCache cache = new JsonlEmulatorCache(file, ignored);
        cache.entries.putAll(loaded);
        return cache;
    }

    /** Lines of the file that held no entry when it was opened. */
    public int ignoredLines() {
        return ignoredLines;
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(String key, String sentence, String scenario) {
        if (entries.containsKey(key)) {
            return;
        }
        ObjectNode line = JSON.createObjectNode().put("key", key).put("sentence", sentence).put("scenario", scenario);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to emulator cache " + file, e);
        }
        entries.put(key, scenario);
    }

    private static boolean load(String line, Map<String, String> into) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node != null && node.path("key").isTextual() && node.path("scenario").isTextual()
                    && !node.path("scenario").asText().isBlank()) {
                into.putIfAbsent(node.path("key").asText(), node.path("scenario").asText());
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
