package org.svosim.agents.stub;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * One client connection of a {@link DelayedReplyServer}: reads requests one at a time (a body
 * needs a {@code Content-Length}), hands each complete one on, and sends its reply before it
 * reads the next; keeps the connection open unless the client asked to close it. Used by the
 * server's one thread only.
 */
final class StubConnection {
    /** Receives each complete request; the reply comes back through {@link #send(byte[])}. */
    interface RequestSink {
        void request(StubConnection connection, HttpRequestHead head, byte[] body);
    }

    private final SelectionKey key;
    private final SocketChannel channel;
    private final RequestSink sink;
    private ByteBuffer in = ByteBuffer.allocate(8192);
    private ByteBuffer out;
    private boolean awaitingReply;
    private boolean closeAfterReply;

    StubConnection(SelectionKey key, SocketChannel channel, RequestSink sink) {
        this.key = key;
        this.channel = channel;
        this.sink = sink;
    }

    /** Closes the connection of {@code key}, quietly. */
    static void close(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // the peer has gone already
        }
    }

    /** Reads what the client sent; a complete request goes to the sink. */
    void read() {
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
            close(key);
            return;
        }
        nextRequest();
    }

    /** Writes {@code response}, or closes the connection if it is null (or the client has gone). */
    void send(byte[] response) {
        if (response == null || !key.isValid()) {
            close(key);
            return;
        }
        out = ByteBuffer.wrap(response);
        flush();
    }

    /** Writes what the socket takes of the reply; the rest when it is writable again. */
    void flush() {
        try {
            channel.write(out);
        } catch (IOException e) {
            close(key);
            return;
        }
        if (out.hasRemaining()) {
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            return;
        }
        key.interestOps(SelectionKey.OP_READ);
        awaitingReply = false;
        if (closeAfterReply) {
            close(key);
            return;
        }
        nextRequest();
    }

    /** Hands on the buffered request, if one is complete and no reply is outstanding. */
    private void nextRequest() {
        if (awaitingReply || !key.isValid()) {
            return;
        }
        HttpRequestHead head = HttpRequestHead.parse(in.array(), in.position());
        if (head == null) {
            return;
        }
        awaitingReply = true;
        if (head.contentLength() < 0) {
            closeAfterReply = true;
            send(HttpRequestHead.LENGTH_REQUIRED);
            return;
        }
        int end = head.headLength() + head.contentLength();
        if (in.position() < end) {
            awaitingReply = false;
            return;
        }
        byte[] body = Arrays.copyOfRange(in.array(), head.headLength(), end);
        in.flip().position(end);
        in.compact();
        closeAfterReply = head.close();
        sink.request(this, head, body);
    }
}
