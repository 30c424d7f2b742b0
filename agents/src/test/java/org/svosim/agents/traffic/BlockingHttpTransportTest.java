package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.svosim.agents.stub.Fault;
import org.svosim.agents.stub.FaultMix;
import org.svosim.agents.stub.FaultyOpenAiStub;

class BlockingHttpTransportTest {
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final byte[] BODY = "{\"model\":\"m\",\"messages\":[]}".getBytes(StandardCharsets.UTF_8);

    private static String completions(FaultyOpenAiStub stub) {
        return stub.baseUrl() + "/chat/completions";
    }

    /** Sends everything through an HTTP proxy at {@code proxy}, except URLs that start with {@code direct}. */
    private static ProxySelector proxyAllBut(String direct, InetSocketAddress proxy) {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return uri.toString().startsWith(direct) ? List.of(Proxy.NO_PROXY)
                        : List.of(new Proxy(Proxy.Type.HTTP, proxy));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        };
    }

    @Test
    void callsOneAfterAnotherShareOneKeptAliveConnection() throws IOException {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted()) {
            BlockingHttpTransport transport = new BlockingHttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(5));

            for (int i = 0; i < 5; i++) {
                BlockingHttpTransport.Response r = transport.send("POST", completions(stub), JSON, BODY);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.headers().get("content-type")).containsExactly("application/json");
                assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains(FaultyOpenAiStub.REPLY);
            }

            assertThat(stub.connectionsAccepted()).isEqualTo(1);
        }
    }

    @Test
    void callsAtOnceEachGetAConnectionBeyondTheLibrarysDefaultOfFivePerServer() throws Exception {
        int calls = 12;
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.start(FaultMix.only(Fault.OK), 1, Duration.ofSeconds(1),
                Duration.ofSeconds(1), "1")) {
            BlockingHttpTransport transport = new BlockingHttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(10));
            ExecutorService threads = Executors.newFixedThreadPool(calls);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    statuses.add(threads.submit(() -> {
                        go.await();
                        return transport.send("POST", completions(stub), JSON, BODY).status();
                    }));
                }
                go.countDown();
                for (Future<Integer> s : statuses) {
                    assertThat(s.get()).isEqualTo(200);
                }
            } finally {
                threads.shutdownNow();
            }

            assertThat(stub.tally().maxInFlight()).isEqualTo(calls);
        }
    }

    @Test
    @Timeout(30)
    void aServerThatAnswersAByteAtATimeIsCutOffAtTheTimeout() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread trickle = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read(new byte[8192]);
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    for (int i = 0; i < 1000; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException e) {
                    // the client hung up: done
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            // never silent for 500 ms, but the whole response would take 100 s
            BlockingHttpTransport transport = new BlockingHttpTransport(Duration.ofSeconds(5), Duration.ofMillis(500));

            Throwable thrown = catchThrowable(() -> transport.send("POST",
                    "http://127.0.0.1:" + server.getLocalPort() + "/v1/chat/completions", JSON, BODY));

            assertThat(thrown).isInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining("no complete response within PT0.5S");
        }
    }

    @Test
    @Timeout(30)
    void everyCallToASilentServerEndsInATimeoutNotAConnectionError() throws Exception {
        int calls = 24;
        try (ServerSocket server = new ServerSocket(0, calls, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(server.accept()); // read nothing, answer nothing
                    }
                } catch (IOException e) {
                    // the server closed: done
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            // the deadline and the socket's own read timeout expire together: whichever ends the wait,
            // the call is a timeout (the deadline's abort used to surface as a plain connection error)
            BlockingHttpTransport transport = new BlockingHttpTransport(Duration.ofSeconds(5), Duration.ofMillis(100));
            ExecutorService threads = Executors.newFixedThreadPool(calls);
            try {
                List<Future<Throwable>> outcomes = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    outcomes.add(threads.submit(() -> catchThrowable(() -> transport.send("POST",
                            "http://127.0.0.1:" + server.getLocalPort() + "/v1/chat/completions", JSON, BODY))));
                }
                for (Future<Throwable> o : outcomes) {
                    assertThat(o.get()).isInstanceOf(SocketTimeoutException.class);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void aUrlTheProxySelectorRoutesThroughAProxyIsSentToTheProxy() throws IOException {
        try (FaultyOpenAiStub proxy = FaultyOpenAiStub.scripted()) {
            URI at = URI.create(proxy.baseUrl());
            BlockingHttpTransport transport = new BlockingHttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(5),
                    proxyAllBut("http://never/", new InetSocketAddress(at.getHost(), at.getPort())));

            // the host does not resolve: only a proxy can answer; the stub, asked for an absolute URL, says 404
            BlockingHttpTransport.Response r = transport.send("POST",
                    "http://model-server.invalid/v1/chat/completions", JSON, BODY);

            assertThat(r.status()).isEqualTo(404);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("http://model-server.invalid/");
            assertThat(proxy.connectionsAccepted()).isEqualTo(1);
        }
    }

    @Test
    void aUrlTheProxySelectorSendsDirectIsNotSentToTheProxy() throws IOException {
        try (FaultyOpenAiStub server = FaultyOpenAiStub.scripted(); FaultyOpenAiStub proxy = FaultyOpenAiStub.scripted()) {
            URI at = URI.create(proxy.baseUrl());
            BlockingHttpTransport transport = new BlockingHttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(5),
                    proxyAllBut(server.baseUrl(), new InetSocketAddress(at.getHost(), at.getPort())));

            assertThat(transport.send("POST", completions(server), JSON, BODY).status()).isEqualTo(200);
            assertThat(proxy.connectionsAccepted()).isZero();
        }
    }
}
