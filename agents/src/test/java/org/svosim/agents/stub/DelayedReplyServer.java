package org.svosim.agents.stub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
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

    private static final long SPIN_BELOW_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
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
                long wait = sendDue();
                if (wait < 0) {
                    selector.select();
                } else if (wait < SPIN_BELOW_NANOS) {
                    // select() counts in milliseconds: the last stretch is waited out precisely
                    LockSupport.parkNanos(wait);
                    selector.selectNow();
                } else {
                    selector.select(TimeUnit.NANOSECONDS.toMillis(wait - SPIN_BELOW_NANOS / 2));
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
                k.attach(new Connection(k, channel));
                accepted.incrementAndGet();
            }
            return;
        }
        Connection c = (Connection) key.attachment();
        if (key.isWritable()) {
            c.flush();
        }
        if (key.isValid() && key.isReadable()) {
            c.read();
        }
    }

    private static void closeQuietly(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // the peer has gone already
        }
    }

    /** A reply waiting for its time. */
    private record Pending(long at, long order, Connection connection, Reply reply)
            implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = Long.compare(at - o.at, 0);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    /** One client connection: reads requests one at a time, sends each reply before reading the next. */
    private final class Connection {
        private final SelectionKey key;
        private final SocketChannel channel;
        private ByteBuffer in = ByteBuffer.allocate(8192);
        private ByteBuffer out;
        private boolean awaitingReply;
        private boolean closeAfterReply;

        Connection(SelectionKey key, SocketChannel channel) {
            this.key = key;
            this.channel = channel;
        }

        void read() throws IOException {
            if (!in.hasRemaining()) {
                in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
            }
            int n;
            try {
                n = channel.read(in);
            } catch (IOException e) {
                n = -1;
            }
            if (n < 0) {
                closeQuietly(key);
                return;
            }
            nextRequest();
        }

        /** Handles the buffered request, if one is complete and no reply is outstanding. */
        private void nextRequest() {
            if (awaitingReply || !key.isValid()) {
                return;
            }
            HttpRequestHead head = HttpRequestHead.parse(in.array(), in.position());
            if (head == null) {
                return;
            }
            if (head.contentLength() < 0) {
                awaitingReply = true;
                closeAfterReply = true;
                send(HttpRequestHead.LENGTH_REQUIRED);
                return;
            }
            int end = head.headLength() + head.contentLength();
            if (in.position() < end) {
                return;
            }
            byte[] body = java.util.Arrays.copyOfRange(in.array(), head.headLength(), end);
            in.flip().position(end);
            in.compact();
            awaitingReply = true;
            closeAfterReply = head.close();
            Reply reply = handler.handle(head, body);
            if (reply.delayNanos() <= 0) {
                reply.whenDue().run();
                send(reply.response());
            } else {
                due.add(new Pending(System.nanoTime() + reply.delayNanos(), sequence++, this, reply));
            }
        }

        /** Writes {@code response}, or closes the connection if it is null (or the client has gone). */
        void send(byte[] response) {
            if (response == null || !key.isValid()) {
                closeQuietly(key);
                return;
            }
            out = ByteBuffer.wrap(response);
            flush();
        }

        void flush() {
            try {
                channel.write(out);
            } catch (IOException e) {
                closeQuietly(key);
                return;
            }
            if (out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                return;
            }
            key.interestOps(SelectionKey.OP_READ);
            awaitingReply = false;
            if (closeAfterReply) {
                closeQuietly(key);
                return;
            }
            nextRequest();
        }
    }
}
