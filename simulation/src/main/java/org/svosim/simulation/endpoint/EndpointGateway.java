package org.svosim.simulation.endpoint;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Instant;
import java.util.List;
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

/**
 * The one way to an endpoint (a backend of the config): its blocking model calls run on
 * the endpoint's own threads, never on an actor dispatcher, at most {@code maxInFlight}
 * at a time; every call is measured and hashed, and a failure comes back as data.
 *
 * <p>Real providers share one LangChain4j {@link ChatModel}; the simulated agent is built
 * per call from the trial's seed, so its answers do not depend on timing.
 */
public final class EndpointGateway implements AutoCloseable {
    private final String name;
    private final BackendSpec spec;
    private final ChatModel sharedModel;
    private final ExecutorService executor;

    private EndpointGateway(String name, BackendSpec spec, ChatModel sharedModel, int maxInFlight) {
        this.name = name;
        this.spec = spec;
        this.sharedModel = sharedModel;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread t = new Thread(r, "endpoint-" + name + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens the endpoint; real providers read their key from {@code environment} here. */
    public static EndpointGateway open(String name, BackendSpec spec, Function<String, String> environment,
                                       int maxInFlight) {
        ChatModel shared = spec instanceof BackendSpec.Simulated ? null : ChatModels.create(spec, environment);
        return new EndpointGateway(name, spec, shared, Math.max(1, maxInFlight));
    }

    public String name() {
        return name;
    }

    public BackendSpec spec() {
        return spec;
    }

    /** Sends {@code messages}; {@code trialSeed} seeds the simulated agent (ignored by real providers). */
    public CompletionStage<CallResult> call(List<ChatMessage> messages, long trialSeed) {
        return CompletableFuture.supplyAsync(() -> callNow(messages, trialSeed), executor);
    }

    private CallResult callNow(List<ChatMessage> messages, long trialSeed) {
        String hash = RequestHash.of(spec, messages);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try {
            ChatModel model = sharedModel != null ? sharedModel
                    : new SimulatedChatModel(((BackendSpec.Simulated) spec).settings(), trialSeed);
            ChatResponse response = model.chat(ChatRequest.builder().messages(messages).build());
            ModelReply reply = ModelReply.of(response);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            String modelId = reply.modelId() == null ? spec.model() : reply.modelId();
            if (reply.text() == null) {
                return new CallResult(null, modelId, reply.inputTokens(), reply.outputTokens(),
                        "empty reply (finish reason " + reply.finishReason() + ")", started, ms, hash);
            }
            return new CallResult(reply.text(), modelId, reply.inputTokens(), reply.outputTokens(), null,
                    started, ms, hash);
        } catch (RuntimeException e) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            return new CallResult(null, spec.model(), null, null, describe(e), started, ms, hash);
        }
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
