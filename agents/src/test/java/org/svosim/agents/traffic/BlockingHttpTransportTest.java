package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
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
    @Timeout(60)
    void anHttpsServerIsReachedThroughTheJvmsDefaultSslContextAndRefusedWithoutIt(@TempDir Path dir)
            throws Exception {
        char[] secret = "changeit".toCharArray();
        Path keys = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "stub", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keys.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String log = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(log).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, secret);
        }
        KeyManagerFactory serverKeys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        serverKeys.init(store, secret);
        SSLContext serverSide = SSLContext.getInstance("TLS");
        serverSide.init(serverKeys.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext trusting = SSLContext.getInstance("TLS");
        trusting.init(null, trust.getTrustManagers(), null);

        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverSide));
        server.createContext("/v1/chat/completions", exchange -> {
            byte[] reply = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        try {
            String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/v1/chat/completions";
            SSLContext jvmDefault = SSLContext.getDefault();
            BlockingHttpTransport trustingTransport;
            try {
                SSLContext.setDefault(trusting); // as -Djavax.net.ssl.trustStore=server.p12 would make it
                trustingTransport = new BlockingHttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(10));
            } finally {
                SSLContext.setDefault(jvmDefault);
            }
            BlockingHttpTransport plainTransport = new BlockingHttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(10));

            BlockingHttpTransport.Response r = trustingTransport.send("POST", url, JSON, BODY);
            Throwable refused = catchThrowable(() -> plainTransport.send("POST", url, JSON, BODY));

            assertThat(r.status()).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
            assertThat(refused).isInstanceOf(SSLException.class);
        } finally {
            server.stop(0);
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
