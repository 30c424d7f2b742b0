package org.svosim.agents.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The stub's own HTTP/1.1 server: what goes over the wire, and when the connection is kept or closed. */
class FaultyOpenAiStubTest {
    private static final String BODY = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    private static HttpResponse<String> post(HttpClient client, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient http11() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @Test
    void okRepliesAreChatCompletionsAndOneClientReusesOneConnection() throws Exception {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted()) {
            HttpClient client = http11();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = post(client, stub.baseUrl() + "/chat/completions");
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
                assertThat(r.body()).contains("\"object\":\"chat.completion\"").contains(FaultyOpenAiStub.REPLY);
            }
            assertThat(stub.connectionsAccepted()).isEqualTo(1);
            assertThat(stub.tally().requests()).isEqualTo(3);
            assertThat(stub.tally().count(Fault.OK)).isEqualTo(3);
        }
    }

    @Test
    void rateLimitedReplyCarriesTheConfiguredRetryAfter() throws Exception {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.start(FaultMix.only(Fault.OK), 1, Duration.ZERO,
                Duration.ofSeconds(1), "7", Fault.RATE_LIMITED)) {
            HttpResponse<String> r = post(http11(), stub.baseUrl() + "/chat/completions");
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(r.body()).contains("Rate limit reached").doesNotContain("chat.completion");
        }
    }

    @Test
    void otherPathsAreNotFoundAndNotCounted() throws Exception {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted()) {
            assertThat(post(http11(), stub.baseUrl() + "/embeddings").statusCode()).isEqualTo(404);
            assertThat(stub.tally().requests()).isZero();
        }
    }

    @Test
    void resetClosesTheConnectionWithoutAnyByte() throws Exception {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted(Fault.RESET);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(stub.baseUrl()).getPort())) {
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(in.read()).isEqualTo(-1);
            assertThat(stub.tally().count(Fault.RESET)).isEqualTo(1);
        }
    }

    @Test
    void aChunkedBodyIsRefusedWithLengthRequired() throws Exception {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(stub.baseUrl()).getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "2\r\n{}\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(reply).startsWith("HTTP/1.1 411 ");
            assertThat(stub.tally().requests()).isZero();
        }
    }
}
