package dev.ruff;

import dev.ruff.ast.Pattern;
import dev.ruff.ast.Stmt;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.exec.ModuleLoader;
import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.Globals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, runs once and caches the modules one run imports. A module is looked up as
 * {@code a.b.c.ruff}, then {@code a/b/c.ruff}, in the importing file's folder and then each
 * configured search root; a file that resolves (through symlinks) outside its root is refused.
 */
final class ScriptModules implements ModuleLoader {
    private final RuffEngine engine;
    private final ExecutionContext context;
    private final List<Path> roots;
    private final Map<Path, Map<String, Object>> loaded = new HashMap<>();
    private final Deque<String> loading = new ArrayDeque<>();

    ScriptModules(RuffEngine engine, ExecutionContext context, List<Path> roots) {
        this.engine = engine;
        this.context = context;
        this.roots = roots;
    }

    @Override
    public Map<String, Object> load(List<String> path, String importer) {
        String name = String.join(".", path);
        for (String segment : path) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".") || segment.contains("/")
                    || segment.contains("\\")) {
                throw new RuffRuntimeError("Unsafe module import '" + name + "': module paths are dotted names "
                        + "inside the search roots");
            }
        }
        if (roots.isEmpty()) {
            // Imports read files: only from folders the host granted (the CLI grants the script's own).
            throw new RuffRuntimeError("Failed to load module '" + name + "': imports are disabled; the host "
                    + "grants module folders with RuffEngine.Builder.modulePath");
        }
        List<Path> searched = new ArrayList<>();
        Path file = locate(path, importer, searched);
        if (file == null) {
            throw new RuffRuntimeError("Failed to load module '" + name + "': not found; searched "
                    + String.join(", ", searched.stream().map(Path::toString).distinct().toList()));
        }
        Map<String, Object> cached = loaded.get(file);
        if (cached != null) {
            return cached;
        }
        if (loading.contains(name)) {
            List<String> cycle = new ArrayList<>(loading);
            java.util.Collections.reverse(cycle);
            cycle = new ArrayList<>(cycle.subList(cycle.indexOf(name), cycle.size()));
            cycle.add(name);
            throw new RuffRuntimeError("Circular import detected: " + String.join(" -> ", cycle));
        }
        loading.push(name);
        try {
            Map<String, Object> exports = run(file, name);
            loaded.put(file, exports);
            return exports;
        } finally {
            loading.pop();
        }
    }

    private Map<String, Object> run(Path file, String name) {
        String source;
        try {
            source = RuffEngine.readSource(file, engine.maxSourceBytes());
        } catch (IOException e) {
            throw new RuffRuntimeError("Failed to read module '" + name + "': " + e.getMessage());
        }
        CompiledUnit unit;
        try {
            unit = engine.compileUnit(source, file.toString(), false);
        } catch (RuffSyntaxError e) {
            throw new RuffRuntimeError("Failed to parse module '" + name + "': " + e.render());
        }
        Globals globals = engine.newGlobals();
        engine.backend().run(unit, globals, context);
        Map<String, Object> exports = new LinkedHashMap<>();
        for (String exported : exportedNames(unit)) {
            GlobalVar var = globals.lookupVar(exported);
            if (var == null) {
                throw new RuffRuntimeError("Exported symbol '" + exported + "' was not defined in module '"
                        + name + "'");
            }
            exports.put(exported, var.get());
        }
        return exports;
    }

    private static Set<String> exportedNames(CompiledUnit unit) {
        Set<String> names = new LinkedHashSet<>();
        for (Stmt s : unit.program().statements()) {
            if (!(s instanceof Stmt.Export e)) {
                continue;
            }
            Stmt d = e.declaration();
            if (d instanceof Stmt.FuncDecl f) {
                names.add(f.name());
            } else if (d instanceof Stmt.StructDecl sd) {
                names.add(sd.name());
            } else if (d instanceof Stmt.Let let && let.pattern() instanceof Pattern.Name n) {
                names.add(n.name());
            }
            // An exported enum binds no value: its tags are built by name.
        }
        return names;
    }

    /** The module's file, or null; {@code searched} receives the folders looked in. */
    private Path locate(List<String> path, String importer, List<Path> searched) {
        // a relative importer name (a script compiled as "cases/x.ruff") is relative to the run's folder
        Path importerDir = importer == null ? null : context.workingDirectory().resolve(importer).getParent();
        // The importer's folder counts only inside a granted root: a script compiled under a bare name would
        // otherwise import from the host's working folder.
        if (importerDir != null && roots.stream().anyMatch(root -> importerDir.normalize().startsWith(root))) {
            searched.add(importerDir);
        }
        searched.addAll(roots);
        String dotted = String.join(".", path) + ".ruff";
        String nested = String.join("/", path) + ".ruff";
        for (Path root : searched) {
            for (String candidate : List.of(dotted, nested)) {
                Path file = root.resolve(candidate).normalize();
                if (Files.isRegularFile(file) && staysInside(root, file)) {
                    return file.toAbsolutePath();
                }
            }
        }
        return null;
    }

    /** Refuses a module reached through a symlink that leads out of its search root. */
    private static boolean staysInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
