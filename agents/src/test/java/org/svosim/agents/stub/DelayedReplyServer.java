package org.svosim.agents.stub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A minimal HTTP/1.1 server on one thread (non-blocking sockets, keep-alive, requests with a
 * {@code Content-Length} body): each complete request goes to a {@link Handler}, whose
 * {@link Reply} (response bytes, or none: close the connection) is sent when its delay has
 * passed. Replies that wait cost a queue entry, not a thread; the one thread reads, parses and
 * writes for every connection. The harness of {@link FaultyOpenAiStub}.
 */
final class DelayedReplyServer implements AutoCloseable {
    /**
     * What to send for one request, and when.
     *
     * @param delayNanos how long after the request the reply goes
     * @param response   the response bytes, or null to close the connection without a response
     * @param whenDue    runs on the server's thread just before the reply goes
     */
    record Reply(long delayNanos, byte[] response, Runnable whenDue) {
    }

    /** Decides the reply to one complete request; runs on the server's thread. */
    interface Handler {
        Reply handle(HttpRequestHead head, byte[] body);
    }

    /** Waits shorter than this are parked out to the nanosecond instead of left to select (milliseconds). */
    private static final long PARK_BELOW_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Handler handler;
    private final PriorityQueue<Pending> due = new PriorityQueue<>();
    private final Thread thread;
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean running = true;
    private long sequence;

    DelayedReplyServer(String threadName, Handler handler) {
        this.handler = handler;
        try {
            selector = Selector.open();
            listener = ServerSocketChannel.open();
            // a listen backlog for hundreds of clients connecting at once (the default of 50 drops connections)
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the stub server", e);
        }
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return listener.socket().getLocalPort();
    }

    /** Connections accepted so far. */
    int connectionsAccepted() {
        return accepted.get();
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try {
            while (running) {
                turn();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stub server failed", e);
        } finally {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key);
            }
            try {
                selector.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /**
     * One turn of the server's loop: sends what is due, waits for the next event or reply, handles
     * what came. A method of its own so that the JIT compiles it once for every server of the JVM;
     * inside the loop, each new server ran interpreted until the loop was compiled for it alone
     * (on-stack replacement), which the gateway bench saw as compiler work in its timed calls.
     */
    private void turn() throws IOException {
        long wait = sendDue();
        if (wait < 0) {
            selector.select();
        } else if (wait < PARK_BELOW_NANOS) {
            // select() counts in milliseconds: the last stretch is waited out precisely
            LockSupport.parkNanos(wait);
            selector.selectNow();
        } else {
            selector.select(TimeUnit.NANOSECONDS.toMillis(wait - PARK_BELOW_NANOS / 2));
        }
        for (SelectionKey key : selector.selectedKeys()) {
            try {
                handleKey(key);
            } catch (IOException | RuntimeException e) {
                // a malformed request or a failing handler closes its connection, not the server
                if (key.channel() != listener) {
                    closeQuietly(key);
                }
            }
        }
        selector.selectedKeys().clear();
    }

    /** Sends every reply that is due; returns nanoseconds until the next one, or -1 if none waits. */
    private long sendDue() {
        long now = System.nanoTime();
        while (!due.isEmpty()) {
            Pending p = due.peek();
            if (p.at - now > 0) {
                return p.at - now;
            }
            due.poll();
            p.reply.whenDue().run();
            p.connection.send(p.reply.response());
        }
        return -1;
    }

    private void handleKey(SelectionKey key) throws IOException {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            SocketChannel channel;
            while ((channel = listener.accept()) != null) {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                SelectionKey k = channel.register(selector, SelectionKey.OP_READ);
                k.attach(new StubConnection(k, channel, this::onRequest));
                accepted.incrementAndGet();
            }
            return;
        }
        StubConnection c = (StubConnection) key.attachment();
        if (key.isWritable()) {
            c.flush();
        }
        if (key.isValid() && key.isReadable()) {
            c.read();
        }
    }

    /** Asks the handler for the reply to a complete request; sends it now or queues it for its time. */
    private void onRequest(StubConnection connection, HttpRequestHead head, byte[] body) {
        Reply reply = handler.handle(head, body);
        if (reply.delayNanos() <= 0) {
            reply.whenDue().run();
            connection.send(reply.response());
        } else {
            due.add(new Pending(System.nanoTime() + reply.delayNanos(), sequence++, connection, reply));
        }
    }

    private static void closeQuietly(SelectionKey key) {
        StubConnection.close(key);
    }

    /** A reply waiting for its time. */
    private record Pending(long at, long order, StubConnection connection, Reply reply)
            implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = Long.compare(at - o.at, 0);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }
}
