package org.svosim.simulation.bias.scenario;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link EmulatorCache} held in memory only (tests, dry runs); nothing survives the process. */
public final class InMemoryEmulatorCache implements EmulatorCache {
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, String sentence, String scenario) {
        entries.putIfAbsent(key, scenario);
    }

    /** How many entries are stored. */
    public int size() {
        return entries.size();
    }
}
