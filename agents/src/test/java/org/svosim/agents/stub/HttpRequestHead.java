package org.svosim.agents.stub;

import java.nio.charset.StandardCharsets;

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
        // scanned in place, line by line: no regex and no string per header (the stub's one thread
        // parses every request of the gateway bench, on the cores of the client it serves)
        int lineEnd = lineEnd(buffer, 0, end);
        int space1 = indexOf(buffer, 0, lineEnd, (byte) ' ');
        String method = new String(buffer, 0, space1 < 0 ? lineEnd : space1, StandardCharsets.ISO_8859_1);
        String path = "/";
        if (space1 >= 0) {
            int space2 = indexOf(buffer, space1 + 1, lineEnd, (byte) ' ');
            path = new String(buffer, space1 + 1, (space2 < 0 ? lineEnd : space2) - space1 - 1,
                    StandardCharsets.ISO_8859_1);
        }
        int contentLength = 0;
        boolean close = false;
        for (int start = lineEnd + 2; start < end - 2; start = lineEnd + 2) {
            lineEnd = lineEnd(buffer, start, end);
            int colon = indexOf(buffer, start, lineEnd, (byte) ':');
            if (colon < 0) {
                continue;
            }
            if (isName(buffer, start, colon, "content-length")) {
                contentLength = Integer.parseInt(value(buffer, colon, lineEnd));
            } else if (isName(buffer, start, colon, "transfer-encoding")) {
                contentLength = -1;
            } else if (isName(buffer, start, colon, "connection")) {
                close = value(buffer, colon, lineEnd).equalsIgnoreCase("close");
            }
        }
        return new HttpRequestHead(method, path, contentLength, end, close);
    }

    /** Where the line starting at {@code from} ends (its CR), before {@code limit}. */
    private static int lineEnd(byte[] b, int from, int limit) {
        for (int i = from; i + 1 < limit; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return limit;
    }

    private static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code b[from, to)}, trimmed, is the header name {@code lowerCaseName} in any case. */
    private static boolean isName(byte[] b, int from, int to, String lowerCaseName) {
        while (from < to && b[from] <= ' ') {
            from++;
        }
        while (to > from && b[to - 1] <= ' ') {
            to--;
        }
        if (to - from != lowerCaseName.length()) {
            return false;
        }
        for (int i = 0; i < lowerCaseName.length(); i++) {
            int c = b[from + i];
            if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != lowerCaseName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The trimmed value after the colon at {@code colon}, up to {@code lineEnd}. */
    private static String value(byte[] b, int colon, int lineEnd) {
        return new String(b, colon + 1, lineEnd - colon - 1, StandardCharsets.ISO_8859_1).trim();
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
