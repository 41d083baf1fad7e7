package dev.ruff.stdlib.os;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import dev.ruff.stdlib.values.Arg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Function;

/**
 * Paths and the working directory: lexical helpers ({@link PathText}) plus the few that ask the file
 * system. All carry {@code filesystem-read} except {@code os_chdir} (write) and {@code os_rmdir} (delete).
 */
public final class PathModule implements RuffModule {

    @Override
    public String name() {
        return "path";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("join_path(...parts)", Arity.unchecked(), Capability.FS_READ,
                "Joins path parts with the OS separator; an absolute part restarts the path.", PathModule::join);
        r.function("path_join(...parts)", Arity.unchecked(), Capability.FS_READ,
                "Joins path parts with the OS separator (same as join_path).", PathModule::join);
        lexical(r, "dirname", "Parent of a path (\"\" for a bare name, / for the root).",
                p -> {
                    String parent = PathText.parent(p);
                    return parent == null ? "/" : parent;
                });
        lexical(r, "basename", "Last component of a path, or \"\".",
                p -> orEmpty(PathText.fileName(p)));
        lexical(r, "path_extension", "Extension without the dot, or \"\".",
                p -> orEmpty(PathText.extension(p)));
        fileQuery(r, "path_exists", "Whether the path exists.", p -> Files.exists(p));
        fileQuery(r, "path_is_dir", "Whether the path is a directory (false when missing).", p -> Files.isDirectory(p));
        fileQuery(r, "path_is_file", "Whether the path is a regular file (false when missing).",
                p -> Files.isRegularFile(p));
        r.function("path_is_symlink(path)", Arity.exact(1), Capability.FS_READ,
                "Whether the path is a symbolic link; raises when it does not exist.", PathModule::isSymlink);
        r.function("path_absolute(path)", Arity.exact(1), Capability.FS_READ,
                "Canonical absolute path (symlinks resolved; the path must exist).", PathModule::absolute);
        r.function("os_getcwd()", Arity.unchecked(), Capability.FS_READ,
                "The current working directory.", PathModule::getcwd);
        r.function("os_chdir(path)", Arity.exact(1), Capability.FS_WRITE,
                "Changes this engine's working directory.", PathModule::chdir);
        r.function("os_rmdir(path)", Arity.exact(1), Capability.FS_DELETE,
                "Removes an empty directory.", PathModule::rmdir);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String pathArgument(NativeCall call) {
        String p = Arg.string(call, 0);
        if (p == null) {
            throw call.error(call.name() + " requires a string path argument");
        }
        return p;
    }

    private static void lexical(NativeRegistry r, String name, String doc, Function<String, String> op) {
        r.function(name + "(path)", Arity.exact(1), Capability.FS_READ, doc, call -> op.apply(pathArgument(call)));
    }

    private static void fileQuery(NativeRegistry r, String name, String doc, Function<Path, Boolean> op) {
        r.function(name + "(path)", Arity.exact(1), Capability.FS_READ, doc,
                call -> op.apply(WorkingDirectory.resolve(call, pathArgument(call))));
    }

    private static Object join(NativeCall call) {
        if (call.count() == 0) {
            throw call.error(call.name() + " requires at least one string argument");
        }
        String joined = "";
        for (int i = 0; i < call.count(); i++) {
            if (!(call.arg(i) instanceof String part)) {
                throw call.error(call.name() + " argument " + (i + 1) + " must be a string");
            }
            joined = i == 0 ? part : PathText.push(joined, part);
        }
        return joined;
    }

    private static Object isSymlink(NativeCall call) {
        String p = pathArgument(call);
        try {
            return Files.readAttributes(WorkingDirectory.resolve(call, p), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).isSymbolicLink();
        } catch (IOException e) {
            throw call.error("Cannot inspect symlink status for '" + p + "': " + OsErrorText.of(e));
        }
    }

    private static Object absolute(NativeCall call) {
        String p = pathArgument(call);
        try {
            return WorkingDirectory.resolve(call, p).toRealPath().toString();
        } catch (IOException e) {
            throw call.error("Cannot get absolute path for '" + p + "': " + OsErrorText.of(e));
        }
    }

    private static Object getcwd(NativeCall call) {
        if (call.count() != 0) {
            throw call.error("os_getcwd() expects 0 arguments, got " + call.count());
        }
        return WorkingDirectory.of(call).current().toString();
    }

    private static Object chdir(NativeCall call) {
        String p = pathArgument(call);
        WorkingDirectory wd = WorkingDirectory.of(call);
        Path target = wd.resolve(p);
        try {
            Path real = target.toRealPath();
            if (!Files.isDirectory(real)) {
                throw call.error("Cannot change directory to '" + p + "': " + OsErrorText.of("Not a directory", 20));
            }
            wd.change(real);
        } catch (IOException e) {
            throw call.error("Cannot change directory to '" + p + "': " + OsErrorText.of(e));
        }
        return true;
    }

    private static Object rmdir(NativeCall call) {
        String p = pathArgument(call);
        Path target = WorkingDirectory.resolve(call, p);
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw call.error("Cannot remove directory '" + p + "': " + OsErrorText.of("Not a directory", 20));
            }
            Files.delete(target);
        } catch (IOException e) {
            throw call.error("Cannot remove directory '" + p + "': " + OsErrorText.of(e));
        }
        return true;
    }
}
