package org.svosim.agents.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class StubServerTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> post(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"messages\":[]}"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anthropicRequestWithoutApiKeyIsRejectedWithAnAuthenticationError() throws Exception {
        try (AnthropicStub stub = new AnthropicStub(r -> StubReply.text("A"))) {
            HttpResponse<String> response = post(stub.baseUrl() + "messages", "anthropic-version", "2023-06-01");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("authentication_error");
        }
    }

    @Test
    void anthropicRequestWithoutVersionHeaderIsRejected() throws Exception {
        try (AnthropicStub stub = new AnthropicStub(r -> StubReply.text("A"))) {
            assertThat(post(stub.baseUrl() + "messages", "x-api-key", "k").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void unknownPathIsAnsweredWith404AndStillRecorded() throws Exception {
        try (OllamaStub stub = new OllamaStub(r -> StubReply.text("A"))) {
            HttpResponse<String> response = post(stub.baseUrl() + "/api/generate");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(stub.lastRequest().path()).isEqualTo("/api/generate");
            assertThat(stub.lastRequest().model()).isEqualTo("m");
        }
    }

    @Test
    void failingResponderBecomesA500() throws Exception {
        try (OpenAiStub stub = new OpenAiStub(r -> {
            throw new IllegalStateException("scripted failure");
        })) {
            HttpResponse<String> response = post(stub.baseUrl() + "/chat/completions", "Authorization", "Bearer k");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("scripted failure");
        }
    }
}
