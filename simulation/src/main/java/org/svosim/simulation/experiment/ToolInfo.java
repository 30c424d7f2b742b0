package org.svosim.simulation.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of svo-sim and of the runtime and libraries it ran with, for the manifest. */
public final class ToolInfo {
    private ToolInfo() {
    }

    /** svo-sim's version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = ToolInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Tool, Java, OS and library versions. */
    public static Map<String, String> versions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("svo_sim", version());
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("pekko", org.apache.pekko.Version.current());
        m.put("langchain4j", artifactVersion("dev.langchain4j", "langchain4j-core"));
        m.put("jackson", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        m.put("jfreechart", artifactVersion("org.jfree", "jfreechart"));
        m.put("sqlite_jdbc", artifactVersion("org.xerial", "sqlite-jdbc"));
        return m;
    }

    /** A dependency's version from its Maven pom.properties (kept in the shaded jar too). */
    static String artifactVersion(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = ToolInfo.class.getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
