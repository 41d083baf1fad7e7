package dev.ruff.bench.peer;

import dev.ruff.bench.Workload;

/**
 * The engines a Ruff workload is compared with, each given the workload's twin: the same algorithm,
 * the same sizes and the same expected result.
 */
public enum Peer {
    /** Hand-written Java ({@link PlainJavaWorkloads}): the baseline every ratio is taken against. */
    JAVA {
        @Override
        PeerRun open(Workload workload) {
            return PlainJavaWorkloads.define(workload.name());
        }
    },
    /** Rhino, the workload's {@code .js} twin compiled to JVM classes (not its interpreter). */
    RHINO {
        @Override
        PeerRun open(Workload workload) {
            return RhinoRun.define(workload);
        }
    },
    /** Nashorn standalone ({@code org.openjdk.nashorn}), the {@code .js} twin. */
    NASHORN {
        @Override
        PeerRun open(Workload workload) {
            return NashornRun.define(workload);
        }
    },
    /** LuaJ with LuaJC, which compiles the {@code .lua} twin to JVM classes. */
    LUAJ {
        @Override
        PeerRun open(Workload workload) {
            return LuajRun.define(workload, true);
        }
    },
    /** LuaJ's interpreter (LuaJ's default), the {@code .lua} twin. */
    LUAJ_INTERPRETED {
        @Override
        PeerRun open(Workload workload) {
            return LuajRun.define(workload, false);
        }
    };

    abstract PeerRun open(Workload workload);

    /**
     * Defines the workload on this engine and calls {@code run()} once, failing unless it returns the
     * workload's expected value, so a benchmark never times a wrong program.
     */
    public PeerRun define(Workload workload) {
        PeerRun run = open(workload);
        String actual = run.resultText(run.callRun());
        if (!actual.equals(workload.expected())) {
            run.close();
            throw new IllegalStateException(workload.name() + " on " + this + " returned " + actual
                    + ", expected " + workload.expected());
        }
        return run;
    }
}
