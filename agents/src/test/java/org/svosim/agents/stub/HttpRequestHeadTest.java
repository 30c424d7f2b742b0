package org.svosim.agents.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpRequestHeadTest {
    private static HttpRequestHead parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return HttpRequestHead.parse(bytes, bytes.length);
    }

    @Test
    void readsTheRequestLineAndTheBodyLengthInAnyCase() {
        String head = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n  CONTENT-length :  17 \r\n\r\n";

        HttpRequestHead h = parse(head + "{\"a\":1}");

        assertThat(h).isEqualTo(new HttpRequestHead("POST", "/v1/chat/completions", 17, head.length(), false));
    }

    @Test
    void isNullUntilTheBlankLineAfterTheHeadersHasArrived() {
        assertThat(parse("POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 2\r\n")).isNull();
    }

    @Test
    void aChunkedBodyHasNoLength() {
        assertThat(parse("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").contentLength()).isEqualTo(-1);
    }

    @Test
    void connectionCloseIsNoticedAndOtherHeadersAreIgnored() {
        HttpRequestHead h = parse("GET /api/tags HTTP/1.1\r\nX-Content-Length: 9\r\nConnection: Close\r\n\r\n");

        assertThat(h.method()).isEqualTo("GET");
        assertThat(h.contentLength()).isZero();
        assertThat(h.close()).isTrue();
    }

    @Test
    void aRequestLineWithoutHeadersIsComplete() {
        HttpRequestHead h = parse("GET / HTTP/1.1\r\n\r\n");

        assertThat(h.path()).isEqualTo("/");
        assertThat(h.headLength()).isEqualTo(18);
    }
}
