package org.svosim.agents.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns what a LangChain4j 1.18 chat model throws into a {@link CallFailure}. What it sees, as
 * measured against a local OpenAI-format stub:
 * <ul>
 *   <li>HTTP errors: a {@code RateLimitException} / {@code InternalServerException} /
 *       {@code InvalidRequestException} / {@code AuthenticationException} / ... wrapping an
 *       {@link HttpException} with the status (an {@link HttpStatusException}, with
 *       Retry-After, when the model uses {@link RetryAfterHttpClient}); the status decides;</li>
 *   <li>timeouts: {@code dev.langchain4j.exception.TimeoutException} wrapping
 *       {@link HttpTimeoutException};</li>
 *   <li>reset/refused/closed connections: a plain {@code RuntimeException} wrapping an
 *       {@link IOException} ("HTTP/1.1 header parser received no bytes", ConnectException);</li>
 *   <li>an unparseable 2xx body: a {@code RuntimeException} wrapping a Jackson
 *       {@link JsonProcessingException} (checked before IOException, which it extends);</li>
 *   <li>empty text: nothing is thrown; the attempt throws {@link EmptyReplyException}.</li>
 * </ul>
 */
public final class FailureClassifier {
    private static final int MAX_DEPTH = 32;

    private FailureClassifier() {
    }

    /** Classifies one failed attempt. */
    public static CallFailure classify(Throwable failure) {
        Objects.requireNonNull(failure, "failure to classify");
        List<Throwable> chain = chain(failure);
        HttpException http = find(chain, HttpException.class);
        if (http != null) {
            Duration retryAfter = http instanceof HttpStatusException ? ((HttpStatusException) http).retryAfter() : null;
            return new CallFailure(kindOfStatus(http.statusCode()), retryAfter,
                    "HTTP " + http.statusCode() + ": " + http.getMessage());
        }
        if (find(chain, EmptyReplyException.class) != null) {
            return CallFailure.of(FailureKind.EMPTY_REPLY, find(chain, EmptyReplyException.class).getMessage());
        }
        if (find(chain, JsonProcessingException.class) != null) {
            return CallFailure.of(FailureKind.MALFORMED_RESPONSE, "unparseable response body: "
                    + firstLine(find(chain, JsonProcessingException.class).getOriginalMessage()));
        }
        if (find(chain, dev.langchain4j.exception.TimeoutException.class) != null
                || find(chain, HttpTimeoutException.class) != null
                || find(chain, SocketTimeoutException.class) != null
                || find(chain, java.util.concurrent.TimeoutException.class) != null) {
            return CallFailure.of(FailureKind.TIMEOUT, describe(root(chain)));
        }
        if (find(chain, UnresolvedModelServerException.class) != null || find(chain, UnknownHostException.class) != null
                || find(chain, UnresolvedAddressException.class) != null) {
            return CallFailure.of(FailureKind.OTHER, "cannot resolve the endpoint's host: " + describe(root(chain)));
        }
        if (find(chain, InterruptedException.class) != null) {
            return CallFailure.of(FailureKind.OTHER, "interrupted");
        }
        if (find(chain, IOException.class) != null) {
            return CallFailure.of(FailureKind.CONNECTION, describe(root(chain)));
        }
        return CallFailure.of(kindOfTyped(chain), describe(root(chain)));
    }

    /** The kind of an HTTP status: 429, 408, 5xx, other 4xx; anything else is OTHER. */
    public static FailureKind kindOfStatus(int status) {
        if (status == 429) {
            return FailureKind.RATE_LIMITED;
        }
        if (status == 408) {
            return FailureKind.TIMEOUT;
        }
        if (status >= 500 && status < 600) {
            return FailureKind.SERVER_ERROR;
        }
        return status >= 400 && status < 500 ? FailureKind.CLIENT_ERROR : FailureKind.OTHER;
    }

    /** LangChain4j's typed exceptions when they carry no HttpException (some clients throw them directly). */
    private static FailureKind kindOfTyped(List<Throwable> chain) {
        if (find(chain, RateLimitException.class) != null) {
            return FailureKind.RATE_LIMITED;
        }
        if (find(chain, InternalServerException.class) != null) {
            return FailureKind.SERVER_ERROR;
        }
        if (find(chain, AuthenticationException.class) != null || find(chain, InvalidRequestException.class) != null
                || find(chain, ModelNotFoundException.class) != null) {
            return FailureKind.CLIENT_ERROR;
        }
        return FailureKind.OTHER;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < MAX_DEPTH && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static <E extends Throwable> E find(List<Throwable> chain, Class<E> type) {
        for (Throwable t : chain) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable root(List<Throwable> chain) {
        return chain.get(chain.size() - 1);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
