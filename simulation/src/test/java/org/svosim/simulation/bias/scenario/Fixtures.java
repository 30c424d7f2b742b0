package org.svosim.simulation.bias.scenario;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the fixture files under src/test/resources/bias. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/bias/" + name);
        if (url == null) {
            throw new IllegalStateException("test fixture missing: bias/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
