package org.svosim.simulation.endpoint;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.backend.ChatModels;
import org.svosim.agents.backend.ModelReply;
import org.svosim.agents.simulated.SimulatedChatModel;
import org.svosim.agents.traffic.CallFailedException;
import org.svosim.agents.traffic.EmptyReplyException;
import org.svosim.agents.traffic.EndpointTraffic;
import org.svosim.agents.traffic.TokenEstimates;
import org.svosim.agents.traffic.TrafficCounters;
import org.svosim.agents.traffic.TrafficSettings;

/**
 * The one way to an endpoint (a backend of the config): its blocking model calls run on
 * the endpoint's own threads, never on an actor dispatcher, at most {@code maxInFlight}
 * at a time; every call is measured and hashed, and a failure comes back as data.
 *
 * <p>Real providers share one LangChain4j {@link ChatModel} and, when a {@link ResponseCache}
 * is given, answer from it what was paid for before; the simulated agent is built per call
 * from the trial's seed, so its answers do not depend on timing (it is never cached: it is
 * free and deterministic).
 *
 * <p>Failure reasons are scrubbed of the endpoint's API key before they leave the gateway.
 */
public final class EndpointGateway implements AutoCloseable {
    private final String name;
    private final BackendSpec spec;
    private final RequestHashMemo requestHashes;
    private final ChatModel sharedModel;
    private final ExecutorService executor;
    private final ResponseCache cache;
    private final String secret;
    private final EndpointTraffic traffic;

    private EndpointGateway(String name, BackendSpec spec, ChatModel sharedModel, int threads,
                            ResponseCache cache, String secret, EndpointTraffic traffic) {
        this.name = name;
        this.spec = spec;
        this.requestHashes = new RequestHashMemo(spec.toString());
        this.sharedModel = sharedModel;
        this.traffic = traffic;
        this.cache = spec instanceof BackendSpec.Simulated ? null : cache;
        this.secret = secret == null || secret.isBlank() ? null : secret;
        AtomicInteger started = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "endpoint-" + name + "-" + started.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the endpoint; real providers read their key from {@code environment} here.
     *
     * @param trials  the most trials in flight at once; each has at most one call outstanding, so
     *                this many threads never leave a ready call waiting for a thread
     * @param traffic in-flight cap, rate limits, retries and circuit breaker of a real provider
     *                (ignored for the simulated agent, which sends nothing)
     * @param seed    seeds the retry jitter
     * @param cache   the response cache to read and fill, or null for none
     */
    public static EndpointGateway open(String name, BackendSpec spec, Function<String, String> environment,
                                       int trials, TrafficSettings traffic, long seed, ResponseCache cache) {
        boolean simulated = spec instanceof BackendSpec.Simulated;
        ChatModel shared = simulated ? null : ChatModels.create(spec, environment);
        String keyVariable = ChatModels.requiredKeyVariable(spec);
        String secret = keyVariable == null ? null : environment.apply(keyVariable);
        EndpointTraffic control = simulated ? null : new EndpointTraffic(name, traffic, seed);
        return new EndpointGateway(name, spec, shared, Math.max(1, trials), cache, secret, control);
    }

    public String name() {
        return name;
    }

    public BackendSpec spec() {
        return spec;
    }

    /**
     * Sends {@code messages} (or answers them from the cache).
     *
     * @param trialSeed seeds the simulated agent (ignored by real providers)
     * @param replicate the trial's repetition index, part of the cache key
     */
    public CompletionStage<CallResult> call(List<ChatMessage> messages, long trialSeed, int replicate) {
        return CompletableFuture.supplyAsync(() -> callNow(messages, trialSeed, replicate), executor);
    }

    private CallResult callNow(List<ChatMessage> messages, long trialSeed, int replicate) {
        String hash = requestHashes.of(messages);
        Instant started = Instant.now();
        String cacheKey = cache == null ? null : CacheKey.of(spec, messages, replicate);
        if (cacheKey != null) {
            Optional<ResponseCache.Entry> hit = cache.lookup(cacheKey);
            if (hit.isPresent()) {
                ResponseCache.Entry e = hit.get();
                return new CallResult(e.text(), e.modelId(), e.inputTokens(), e.outputTokens(), null, started, 0,
                        hash, true);
            }
        }
        long t0 = System.nanoTime();
        try {
            ChatModel model = sharedModel != null ? sharedModel
                    : new SimulatedChatModel(((BackendSpec.Simulated) spec).settings(), trialSeed);
            ChatRequest request = ChatRequest.builder().messages(messages).build();
            ChatResponse response = traffic == null ? model.chat(request)
                    : traffic.call(() -> EmptyReplyException.requireText(model.chat(request)),
                            TokenEstimates.estimate(promptCharacters(messages), spec.sampling().maxTokens()),
                            EndpointGateway::reportedTokens);
            ModelReply reply = ModelReply.of(response);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            String modelId = reply.modelId() == null ? spec.model() : reply.modelId();
            if (reply.text() == null || reply.text().isBlank()) {
                return new CallResult(null, modelId, reply.inputTokens(), reply.outputTokens(),
                        "empty reply (finish reason " + reply.finishReason() + ")", started, ms, hash, false);
            }
            if (cacheKey != null) {
                cache.put(cacheKey, spec.provider(), spec.model(), new ResponseCache.Entry(reply.text(), modelId,
                        reply.inputTokens(), reply.outputTokens()));
            }
            return new CallResult(reply.text(), modelId, reply.inputTokens(), reply.outputTokens(), null,
                    started, ms, hash, false);
        } catch (CallFailedException e) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            return new CallResult(null, spec.model(), null, null, scrub(e.getMessage()), started, ms, hash, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            return new CallResult(null, spec.model(), null, null, "cancelled", started, ms, hash, false);
        } catch (RuntimeException e) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            return new CallResult(null, spec.model(), null, null, scrub(describe(e)), started, ms, hash, false);
        }
    }

    /** This endpoint's traffic so far (empty for the simulated agent, which sends nothing). */
    public Optional<TrafficCounters> trafficCounters() {
        return traffic == null ? Optional.empty() : Optional.of(traffic.counters());
    }

    private static long promptCharacters(List<ChatMessage> messages) {
        long n = 0;
        for (ChatMessage m : messages) {
            n += RequestHash.textOf(m).length();
        }
        return n;
    }

    private static int reportedTokens(ChatResponse response) {
        var usage = response.tokenUsage();
        return usage == null || usage.totalTokenCount() == null ? -1 : usage.totalTokenCount();
    }

    /** Removes the endpoint's key from a text that may quote a request or a provider's error. */
    String scrub(String text) {
        return secret == null || text == null ? text : text.replace(secret, "***");
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null ? "" : ": " + root.getMessage();
        String text = root.getClass().getSimpleName() + msg;
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
