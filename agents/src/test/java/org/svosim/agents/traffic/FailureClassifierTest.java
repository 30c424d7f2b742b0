package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.svosim.agents.stub.Fault;
import org.svosim.agents.stub.FaultyOpenAiStub;

/** Each fault served by the stub, through a real LangChain4j OpenAI model, classified. */
class FailureClassifierTest {
    private static final Duration TIMEOUT = Duration.ofMillis(400);

    private static CallFailure failureOf(Fault fault) {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted(fault)) {
            return failureOf(TestModels.openAi(stub.baseUrl(), TIMEOUT));
        }
    }

    private static CallFailure failureOf(ChatModel model) {
        Throwable thrown = catchThrowable(() -> TestModels.ask(model).attempt());
        assertThat(thrown).as("the attempt should have failed").isNotNull();
        return FailureClassifier.classify(thrown);
    }

    @Test
    void rateLimitKeepsItsRetryAfterOfOneSecond() {
        CallFailure failure = failureOf(Fault.RATE_LIMITED);

        assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(failure.message()).startsWith("HTTP 429");
    }

    @Test
    void langChainsOwnJdkClientLosesRetryAfterButTheKindIsStillRateLimited() {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted(Fault.RATE_LIMITED)) {
            ChatModel plain = OpenAiChatModel.builder()
                    .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(
                            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)))
                    .baseUrl(stub.baseUrl()).apiKey("k").modelName("m").timeout(TIMEOUT).maxRetries(0).build();
            Throwable thrown = catchThrowable(() -> plain.chat(ChatRequest.builder()
                    .messages(UserMessage.from("hi")).build()));

            assertThat(thrown).isInstanceOf(RateLimitException.class).hasCauseExactlyInstanceOf(HttpException.class);
            CallFailure failure = FailureClassifier.classify(thrown);
            assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(failure.retryAfter()).isNull();
        }
    }

    @Test
    void http500And503AreServerErrors() {
        assertThat(failureOf(Fault.SERVER_ERROR).kind()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(failureOf(Fault.UNAVAILABLE).kind()).isEqualTo(FailureKind.SERVER_ERROR);
    }

    @Test
    void http400IsAClientErrorThatIsNotRetried() {
        CallFailure failure = failureOf(Fault.BAD_REQUEST);

        assertThat(failure.kind()).isEqualTo(FailureKind.CLIENT_ERROR);
        assertThat(failure.kind().retryable()).isFalse();
    }

    @Test
    void aConnectionClosedWithoutResponseIsAConnectionFailure() {
        assertThat(failureOf(Fault.RESET).kind()).isEqualTo(FailureKind.CONNECTION);
    }

    @Test
    void aRefusedConnectionIsAConnectionFailure() {
        String baseUrl;
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted()) {
            baseUrl = stub.baseUrl();
        }
        assertThat(failureOf(TestModels.openAi(baseUrl, TIMEOUT)).kind()).isEqualTo(FailureKind.CONNECTION);
    }

    @Test
    void aHangPastTheTimeoutIsATimeout() {
        assertThat(failureOf(Fault.HANG).kind()).isEqualTo(FailureKind.TIMEOUT);
    }

    @Test
    void aTruncatedJsonBodyIsAMalformedResponse() {
        assertThat(failureOf(Fault.MALFORMED_JSON).kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE);
    }

    @Test
    void emptyContentIsAnEmptyReplyThatMayBeRetriedButIsNotTheEndpointsFault() {
        CallFailure failure = failureOf(Fault.EMPTY_CONTENT);

        assertThat(failure.kind()).isEqualTo(FailureKind.EMPTY_REPLY);
        assertThat(failure.kind().retryable()).isTrue();
        assertThat(failure.kind().endpointFault()).isFalse();
    }

    @Test
    void garbageTextIsAReplyNotAFailure() throws Exception {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted(Fault.GARBAGE_TEXT)) {
            assertThat(TestModels.ask(TestModels.openAi(stub.baseUrl(), TIMEOUT)).attempt().aiMessage().text())
                    .contains("blorp");
        }
    }

    @Test
    void statusCodesMapToKinds() {
        assertThat(FailureClassifier.kindOfStatus(429)).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(FailureClassifier.kindOfStatus(408)).isEqualTo(FailureKind.TIMEOUT);
        assertThat(FailureClassifier.kindOfStatus(502)).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(FailureClassifier.kindOfStatus(401)).isEqualTo(FailureKind.CLIENT_ERROR);
        assertThat(FailureClassifier.kindOfStatus(302)).isEqualTo(FailureKind.OTHER);
    }

    @Test
    void anUnknownExceptionIsOtherAndNamesItsCause() {
        CallFailure failure = FailureClassifier.classify(new IllegalStateException("wrapper",
                new UnsupportedOperationException("no tools")));

        assertThat(failure.kind()).isEqualTo(FailureKind.OTHER);
        assertThat(failure.message()).contains("UnsupportedOperationException").contains("no tools");
    }
}
