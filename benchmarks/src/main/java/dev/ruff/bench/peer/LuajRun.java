package dev.ruff.bench.peer;

import dev.ruff.bench.Workload;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;
import org.luaj.vm2.luajc.LuaJC;

/**
 * A workload's Lua twin on LuaJ (Lua 5.2) in fresh globals, either compiled to JVM classes by LuaJC
 * (which needs BCEL on the class path) or on LuaJ's interpreter.
 */
final class LuajRun implements PeerRun {
    private final LuaValue run;

    private LuajRun(LuaValue run) {
        this.run = run;
    }

    static LuajRun define(Workload workload, boolean compiled) {
        Globals globals = JsePlatform.standardGlobals();
        if (compiled) {
            LuaJC.install(globals);
        }
        LuaValue chunk = globals.load(workload.twinSource("lua"), workload.name() + ".lua");
        chunk.call();
        LuaValue run = globals.get("run");
        // a function LuaJC did not compile would be an interpreted LuaClosure: it must not pass for a compiled one
        if (compiled && (chunk instanceof LuaClosure || run instanceof LuaClosure)) {
            throw new IllegalStateException(workload.name() + ".lua was not compiled by LuaJC");
        }
        return new LuajRun(run);
    }

    @Override
    public Object callRun() {
        return run.call();
    }

    @Override
    public String resultText(Object result) {
        LuaValue value = (LuaValue) result;
        return value.isnumber() ? PeerRun.numberText(value.todouble()) : value.tojstring();
    }
}
