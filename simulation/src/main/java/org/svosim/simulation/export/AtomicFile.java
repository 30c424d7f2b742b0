package org.svosim.simulation.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a file all or nothing: the content goes to a hidden temporary file in the same folder,
 * which is then moved over the target. A failure deletes the temporary file and leaves any earlier
 * version of the target as it was. Text is written as UTF-8.
 */
public final class AtomicFile {
    /** Writes the content of one text file. */
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** Writes the bytes of one file into an open channel. */
    public interface ChannelContent {
        void writeTo(FileChannel channel) throws IOException;
    }

    private interface TemporaryContent {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        replace(target, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(w);
            }
        });
    }

    /** Writes the target's bytes through a channel, all or nothing. */
    public static void writeBytes(Path target, ChannelContent content) throws IOException {
        replace(target, tmp -> {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        });
    }

    /** Writes the target as the bytes of {@code parts} one after the other, all or nothing. */
    public static void concatenate(Path target, List<Path> parts) throws IOException {
        writeBytes(target, out -> {
            for (Path part : parts) {
                try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
                    transfer(in, 0, in.size(), out);
                }
            }
        });
    }

    /** Copies {@code count} bytes of {@code in} from {@code position} to the end of {@code out}. */
    public static void transfer(FileChannel in, long position, long count, FileChannel out) throws IOException {
        long done = 0;
        while (done < count) {
            long n = in.transferTo(position + done, count - done, out);
            if (n <= 0) {
                throw new IOException("cannot copy bytes " + (position + done) + ".." + (position + count)
                        + ": the source ends early");
            }
            done += n;
        }
    }

    private static void replace(Path target, TemporaryContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + absolute + ": a directory of that name is in the way");
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".tmp");
        try {
            content.writeTo(tmp);
            move(tmp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Moves a finished file of the same folder over {@code target}, atomically where the file system can. */
    static void moveOver(Path finished, Path target) throws IOException {
        move(finished, target);
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
