package dev.ruff.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncFetchAppTest {
    @Test
    void theScriptFetchesFilesAndUrlsConcurrentlyOnTheHostsExecutor(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "alpha");
        Path b = Files.writeString(dir.resolve("b.txt"), "bravo!!");
        // both requests must be in flight at once before either answers: proves the fetches are concurrent
        CountDownLatch bothArrived = new CountDownLatch(2);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            bothArrived.countDown();
            try {
                bothArrived.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("page " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(bothArrived.getCount() == 0 ? 200 : 504, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        ExecutorService workers = AsyncFetchApp.workers(3);
        Set<String> workerThreads = ConcurrentHashMap.newKeySet();
        ((ThreadPoolExecutor) workers).setThreadFactory(r -> {
            Thread t = new Thread(() -> {
                workerThreads.add(Thread.currentThread().getName());
                r.run();
            }, "fetch-worker-" + workerThreads.size());
            t.setDaemon(true);
            return t;
        });
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            StringWriter out = new StringWriter();
            long n = AsyncFetchApp.fetchAll(Path.of("fetch", "fetch_all.ruff"),
                    List.of(a.toString(), base + "/one", b.toString(), base + "/two"), workers, out);
            assertEquals(4, n);
            assertEquals("200 5 " + a + "\n200 9 " + base + "/one\n200 7 " + b + "\n200 9 " + base + "/two\n",
                    out.toString());
            assertTrue(((ThreadPoolExecutor) workers).getCompletedTaskCount() > 0, "the host's executor ran the work");
            assertTrue(!workerThreads.isEmpty() && workerThreads.stream().allMatch(t -> t.startsWith("fetch-worker-")));
        } finally {
            server.stop(0);
            workers.shutdownNow();
        }
    }
}
