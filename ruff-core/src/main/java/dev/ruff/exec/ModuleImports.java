package dev.ruff.exec;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.lang.BindingKind;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.StructInstance;
import java.util.List;
import java.util.Map;

/**
 * {@code import m} and {@code from a.b import x} for both backends: the module's exports become globals of
 * the importer (LANGUAGE.md §3.19).
 */
public final class ModuleImports {
    private ModuleImports() {
    }

    /** {@code import module} from a script in {@code importerFile}. */
    public static void importModule(ExecutionContext context, Globals globals, String module, String importerFile) {
        Map<String, Object> exports = context.moduleLoader().load(List.of(module), importerFile);
        for (Map.Entry<String, Object> e : exports.entrySet()) {
            globals.define(e.getKey(), BindingKind.MUT, e.getValue());
        }
        if (!exports.containsKey(module)) {
            // The module's name is bound to a namespace value too, so `m.f()` works.
            StructInstance namespace = new StructInstance("__module_namespace_" + module, null);
            exports.forEach(namespace::setInPlace);
            globals.define(module, BindingKind.MUT, namespace);
        }
    }

    /** {@code from a.b import x, y}: each name must be an export of the module. */
    public static void fromImport(ExecutionContext context, Globals globals, List<String> modulePath,
                                  List<String> names, String importerFile) {
        Map<String, Object> exports = context.moduleLoader().load(modulePath, importerFile);
        for (String name : names) {
            Object value = exports.get(name);
            if (value == null) {
                throw new RuffRuntimeError("Symbol '" + name + "' not found in module '"
                        + String.join(".", modulePath) + "'");
            }
            globals.define(name, BindingKind.MUT, value);
        }
    }
}
