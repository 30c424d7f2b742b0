package org.svosim.simulation.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.svosim.simulation.store.RunReader;

/** The worker threads of an analysis: each task reads the run database through its own reader. */
final class AnalysisWorkers {
    private AnalysisWorkers() {
    }

    /** Work that reads the run database. */
    interface ReaderTask<T> {
        T run(RunReader reader) throws IOException;
    }

    /** A pool of {@code threads} daemon threads named svo-sim-export. */
    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "svo-sim-export");
            t.setDaemon(true);
            return t;
        });
    }

    /** The task run with a reader of its own on the folder's database, closed after. */
    static <T> Callable<T> withOwnReader(RunFolder folder, ReaderTask<T> task) {
        return () -> {
            try (RunReader own = RunReader.open(folder.database())) {
                return task.run(own);
            }
        };
    }

    /** The task's result, its failure rethrown as it was thrown. */
    static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("analysis interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause.getMessage(), cause);
        }
    }

    /** As {@link #await}, an I/O failure wrapped unchecked (for suppliers). */
    static <T> T uncheckedAwait(Future<T> future) {
        try {
            return await(future);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
