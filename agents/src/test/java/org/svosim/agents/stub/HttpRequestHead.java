package org.svosim.agents.stub;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The request line and the headers {@link DelayedReplyServer} needs of one HTTP/1.1 request.
 *
 * @param method        e.g. POST
 * @param path          the request target, e.g. /v1/chat/completions
 * @param contentLength the body's length (0 without a body), or -1 for a chunked body (not supported)
 * @param headLength    bytes up to and including the blank line after the headers
 * @param close         whether the client asked to close the connection after the reply
 */
record HttpRequestHead(String method, String path, int contentLength, int headLength, boolean close) {
    /** The reply to a body without a length. */
    static final byte[] LENGTH_REQUIRED = response(411, "text/plain", null,
            "a request body needs a Content-Length".getBytes(StandardCharsets.UTF_8));

    /** The head at the start of {@code buffer[0, length)}, or null while it is incomplete. */
    static HttpRequestHead parse(byte[] buffer, int length) {
        int end = -1;
        for (int i = 3; i < length; i++) {
            if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
                end = i + 1;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        String[] lines = new String(buffer, 0, end - 4, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        int contentLength = 0;
        boolean close = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            if (name.equals("content-length")) {
                contentLength = Integer.parseInt(value);
            } else if (name.equals("transfer-encoding")) {
                contentLength = -1;
            } else if (name.equals("connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        return new HttpRequestHead(requestLine[0], requestLine.length > 1 ? requestLine[1] : "/", contentLength, end,
                close);
    }

    /** A complete HTTP/1.1 response: status line, Content-Type, Content-Length, optional Retry-After, body. */
    static byte[] response(int status, String contentType, String retryAfter, byte[] body) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\nContent-Type: ").append(contentType)
                .append("\r\nContent-Length: ").append(body.length).append("\r\n");
        if (retryAfter != null) {
            head.append("Retry-After: ").append(retryAfter).append("\r\n");
        }
        byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static String reason(int status) {
        switch (status) {
            case 200:
                return "OK";
            case 400:
                return "Bad Request";
            case 404:
                return "Not Found";
            case 411:
                return "Length Required";
            case 429:
                return "Too Many Requests";
            case 500:
                return "Internal Server Error";
            case 503:
                return "Service Unavailable";
            default:
                return "Status";
        }
    }
}
