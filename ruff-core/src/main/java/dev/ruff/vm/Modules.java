package dev.ruff.vm;

import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.exec.ModuleImports;

/** {@code import m} and {@code from a.b import x}: the module's exports become globals of the importer. */
final class Modules {
    private Modules() {
    }

    static void importModule(ExecutionContext context, CallFrame f, String module) {
        ModuleImports.importModule(context, f.globals, module, f.chunk.file());
    }

    static void fromImport(ExecutionContext context, CallFrame f, Shapes.FromImport shape) {
        ModuleImports.fromImport(context, f.globals, shape.modulePath(), shape.names(), f.chunk.file());
    }
}
