package dev.ruff.vm;

import dev.ruff.lang.BindingKind;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.StructInstance;
import java.util.List;
import java.util.Map;

/** {@code import m} and {@code from a.b import x}: the module's exports become globals of the importer. */
final class Modules {
    private Modules() {
    }

    static void importModule(ExecutionContext context, CallFrame f, String module) {
        Map<String, Object> exports = context.moduleLoader().load(List.of(module), f.chunk.file());
        for (Map.Entry<String, Object> e : exports.entrySet()) {
            f.globals.define(e.getKey(), BindingKind.MUT, e.getValue());
        }
        if (!exports.containsKey(module)) {
            // The module's name is bound to a namespace value too, so `m.f()` works (LANGUAGE.md §3.19).
            StructInstance namespace = new StructInstance("__module_namespace_" + module, null);
            exports.forEach(namespace::setInPlace);
            f.globals.define(module, BindingKind.MUT, namespace);
        }
    }

    static void fromImport(ExecutionContext context, CallFrame f, Shapes.FromImport shape) {
        Map<String, Object> exports = context.moduleLoader().load(shape.modulePath(), f.chunk.file());
        for (String name : shape.names()) {
            Object value = exports.get(name);
            if (value == null) {
                throw new RuffRuntimeError("Symbol '" + name + "' not found in module '"
                        + String.join(".", shape.modulePath()) + "'");
            }
            f.globals.define(name, BindingKind.MUT, value);
        }
    }
}
