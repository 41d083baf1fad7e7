/**
 * The JSR-223 ({@code javax.script}) adapter for Ruff: {@code new ScriptEngineManager().getEngineByName("ruff")}.
 */
module dev.ruff.jsr223 {
    requires transitive java.scripting;
    requires transitive dev.ruff;

    exports dev.ruff.jsr223;

    provides javax.script.ScriptEngineFactory with dev.ruff.jsr223.RuffScriptEngineFactory;
}
