package org.svosim.simulation.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One export file's rows in the order trials were committed: a hidden append-only file next to the
 * target, from which the target is assembled in plan order at the end of the run.
 */
final class ExportSpool implements AutoCloseable {
    /** How the spool files of a run folder end (hidden files, named after their target and process). */
    static final String SUFFIX = ".spool";

    private final Path target;
    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    private long size;

    private ExportSpool(Path target, Path file, FileChannel channel) {
        this.target = target;
        this.file = file;
        this.channel = channel;
    }

    /** A new, empty spool for {@code target}. */
    static ExportSpool create(Path target) throws IOException {
        Path file = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + SUFFIX);
        Files.deleteIfExists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        return new ExportSpool(target, file, channel);
    }

    Path target() {
        return target;
    }

    /** Appends the bytes (buffered) and returns the offset they start at. */
    long append(byte[] bytes) throws IOException {
        long at = size;
        if (bytes.length > buffer.remaining()) {
            flush();
        }
        if (bytes.length > buffer.capacity()) {
            writeFully(ByteBuffer.wrap(bytes));
        } else {
            buffer.put(bytes);
        }
        size += bytes.length;
        return at;
    }

    /** How many bytes are spooled. */
    long size() {
        return size;
    }

    /** Closes the spool and moves its file over {@code target} (atomically where the file system can). */
    void moveTo(Path target) throws IOException {
        flush();
        channel.close();
        AtomicFile.moveOver(file, target);
    }

    /** Copies {@code length} spooled bytes from {@code offset} to the end of {@code out}. */
    void copy(long offset, long length, FileChannel out) throws IOException {
        flush();
        AtomicFile.transfer(channel, offset, length, out);
    }

    private void flush() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Closes and deletes the spool file (if it was not moved). */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
