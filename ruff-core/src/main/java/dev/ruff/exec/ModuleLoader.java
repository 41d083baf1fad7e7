package dev.ruff.exec;

import java.util.List;
import java.util.Map;

/** Resolves, runs (once) and returns the exports of imported modules. */
public interface ModuleLoader {
    /**
     * The exports of the module at {@code path} ({@code ["a","b","c"]} for {@code a.b.c}), imported
     * from the file {@code importer}. Raises a {@link dev.ruff.diag.RuffRuntimeError} with Ruff's texts
     * (unsafe path, not found, circular import, missing export).
     */
    Map<String, Object> load(List<String> path, String importer);
}
