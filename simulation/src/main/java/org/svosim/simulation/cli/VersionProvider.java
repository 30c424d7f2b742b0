package org.svosim.simulation.cli;

import java.util.Map;
import org.svosim.simulation.experiment.ToolInfo;
import picocli.CommandLine;

/** Prints svo-sim's version and those of the runtime and main libraries. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Map<String, String> v = ToolInfo.versions();
        return v.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toArray(String[]::new);
    }
}
