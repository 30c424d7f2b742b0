package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void failureHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("trials.csv");
        Files.writeString(target, "old,complete\r\n");
        assertThatThrownBy(() -> AtomicFile.write(target, w -> {
            w.write("new,half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old,complete\r\n");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void successReplacesTheFileWhole() throws IOException {
        Path target = dir.resolve("trials.csv");
        Files.writeString(target, "old");
        AtomicFile.write(target, w -> w.write("new \u00e9"));
        assertThat(Files.readString(target)).isEqualTo("new \u00e9");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void directoryInTheWayIsReportedAndLeftAlone() throws IOException {
        Path target = dir.resolve("summary.csv");
        Files.createDirectory(target);
        assertThatThrownBy(() -> AtomicFile.write(target, w -> w.write("x")))
                .isInstanceOf(IOException.class).hasMessageContaining("directory");
        assertThat(target).isDirectory();
        assertThat(filesIn(dir)).isEqualTo(1);
    }
}
