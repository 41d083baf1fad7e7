package dev.ruff.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.bench.peer.Peer;
import dev.ruff.bench.peer.PeerRun;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The peers' twins of the workloads (plain Java, JavaScript on Rhino and Nashorn, Lua on LuaJ)
 * return the value in workloads/expected.properties, so that PeerBenchmark compares Ruff with the
 * same computation everywhere. Timing is not checked here.
 *
 * <p>Every trial of {@code benchmarks/run} checks its twin's result before timing it. Here the build
 * checks every plain Java twin and one workload on every peer; the whole matrix (every twin on every
 * peer) takes about a minute of CPU, the slow peers' first calls being slow, so it runs only with
 * {@code -Dpeers.all=true}.</p>
 */
class PeerResultsTest {

    static Stream<Arguments> workloadsOnEveryPeer() {
        return Workload.names().stream()
                .flatMap(name -> Arrays.stream(Peer.values()).map(peer -> Arguments.of(name, peer)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("workloadsOnEveryPeer")
    @EnabledIfSystemProperty(named = "peers.all", matches = "true")
    void everyTwinReturnsTheExpectedResult(String name, Peer peer) {
        assertTwinReturnsTheExpectedResult(name, peer);
    }

    @ParameterizedTest
    @MethodSource("dev.ruff.bench.Workload#names")
    void plainJavaTwinReturnsTheExpectedResult(String name) {
        assertTwinReturnsTheExpectedResult(name, Peer.JAVA);
    }

    @ParameterizedTest
    @EnumSource(Peer.class)
    void nestedLoopsTwinReturnsTheExpectedResultOnEveryPeer(Peer peer) {
        assertTwinReturnsTheExpectedResult("nested_loops", peer);
    }

    private static void assertTwinReturnsTheExpectedResult(String name, Peer peer) {
        Workload workload = Workload.load(name);
        // define() already fails on a wrong result; calling again checks a second run in the same globals
        try (PeerRun run = peer.define(workload)) {
            assertEquals(workload.expected(), run.resultText(run.callRun()));
        }
    }

    @ParameterizedTest
    @EnumSource(Peer.class)
    void aTwinWhoseResultDiffersFromTheExpectedOneIsRejected(Peer peer) {
        Workload nested = Workload.load("nested_loops");
        Workload wrong = new Workload(nested.name(), nested.source(), "2570570");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> peer.define(wrong));
        assertTrue(e.getMessage().contains("returned 2570569, expected 2570570"), e.getMessage());
    }

    @Test
    void peerBenchmarkCoversEveryWorkloadAndTheIssuesPeers() throws NoSuchFieldException {
        String[] workloads = PeerBenchmark.class.getField("workload")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
        assertEquals(Workload.names(), Arrays.stream(workloads).sorted().toList());
        String[] engines = PeerBenchmark.class.getField("engine")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
        assertEquals(Arrays.asList("JAVA", "RHINO", "NASHORN", "LUAJ"), Arrays.asList(engines));
        Arrays.stream(engines).forEach(Peer::valueOf);
    }

    @Test
    void integralDoublesPrintAsIntegersAndOthersDoNot() {
        assertEquals("832040", PeerRun.numberText(832040.0));
        assertEquals("49999995000000", PeerRun.numberText(4.9999995E13));
        assertEquals("832040.5", PeerRun.numberText(832040.5));
        assertEquals("832040", PeerRun.numberText(832040));
    }
}
