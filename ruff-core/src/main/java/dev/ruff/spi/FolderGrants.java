package dev.ruff.spi;

import dev.ruff.diag.RuffRuntimeError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The path policy of a run: the folders a host confined the file capabilities ({@link Capability#FS_READ},
 * {@link Capability#FS_WRITE}, {@link Capability#FS_DELETE}) to, consulted by every native that touches a file
 * before it does (through {@link NativeContext#folderGrants()}).
 *
 * <p>A path is checked as the operating system would resolve it: against the working directory when relative,
 * every symbolic link and {@code ..} followed (for the part that exists; a part that does not exist yet, such as a
 * file about to be written, cannot be a link). It is allowed when that real path lies inside the real path of one
 * of the folders granted for the access. A capability granted without folders is not confined. The check happens
 * at each call; a link the script cannot create (no native creates links) swapped in between by another process
 * is outside what a path check can prevent.</p>
 */
public final class FolderGrants {
    /** No capability confined (the default). */
    public static final FolderGrants UNCONFINED = new FolderGrants(Map.of());
    private static final Set<Capability> FILE_CAPABILITIES = Set.of(Capability.FS_READ, Capability.FS_WRITE,
            Capability.FS_DELETE);
    /** Bounds link chains, as the operating system's own limit does. */
    private static final int MAX_LINKS = 40;

    private final Map<Capability, List<Path>> folders;

    private FolderGrants(Map<Capability, List<Path>> folders) {
        this.folders = folders;
    }

    /**
     * A policy confining each capability of {@code folders} to its folders (absolute or relative to the
     * process's working directory; they need not exist yet).
     *
     * @throws IllegalArgumentException for a capability that is not a file capability
     */
    public static FolderGrants of(Map<Capability, ? extends List<Path>> folders) {
        Map<Capability, List<Path>> copy = new EnumMap<>(Capability.class);
        // loops, not lambdas: every engine's build calls this, and a lambda spins a class at first use
        for (Map.Entry<Capability, ? extends List<Path>> grant : folders.entrySet()) {
            Capability capability = grant.getKey();
            if (!FILE_CAPABILITIES.contains(capability)) {
                throw new IllegalArgumentException(capability + " is not a file capability; only FS_READ, FS_WRITE "
                        + "and FS_DELETE can be confined to folders");
            }
            if (!grant.getValue().isEmpty()) {
                List<Path> normalized = new java.util.ArrayList<>(grant.getValue().size());
                for (Path p : grant.getValue()) {
                    normalized.add(p.toAbsolutePath().normalize());
                }
                copy.put(capability, List.copyOf(normalized));
            }
        }
        return copy.isEmpty() ? UNCONFINED : new FolderGrants(copy);
    }

    /** Whether {@code capability} is confined to folders. */
    public boolean isConfined(Capability capability) {
        return folders.containsKey(capability);
    }

    /** The folders {@code capability} is confined to (empty: not confined). */
    public List<Path> folders(Capability capability) {
        return folders.getOrDefault(capability, List.of());
    }

    /**
     * Checks that {@code path} (absolute: already resolved against the working directory) may be accessed with
     * each of {@code access}, and returns it unchanged.
     *
     * @param operation what accesses it, as the error names it ({@code read_file})
     * @throws RuffRuntimeError naming the path and the granted folders when it lies outside them
     */
    public Path check(Path path, String operation, Capability... access) {
        if (folders.isEmpty()) {
            return path;
        }
        Path real = null;
        for (Capability capability : access) {
            List<Path> roots = folders.get(capability);
            if (roots == null) {
                continue;
            }
            if (real == null) {
                real = realPath(path);
            }
            if (!inside(real, roots)) {
                throw new RuffRuntimeError("Access denied: " + operation + " may not use " + path
                        + (real.equals(path) ? "" : " (which is " + real + ")") + ": outside the folders granted for "
                        + capability.displayName() + " ("
                        + roots.stream().map(Path::toString).collect(Collectors.joining(", ")) + ")");
            }
        }
        return path;
    }

    private static boolean inside(Path real, List<Path> roots) {
        for (Path root : roots) {
            if (real.startsWith(realPath(root))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where {@code path} really is: each existing component with its links followed and {@code ..} applied to the
     * real parent (so {@code link/..} is the link target's parent, as the operating system resolves it). A missing
     * component is taken as written; every later one is still checked for a link, since a native may create the
     * missing folders before it opens the file.
     */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath();
        List<String> pending = new ArrayList<>();
        for (Path name : absolute) {
            pending.add(name.toString());
        }
        Path current = absolute.getRoot();
        int links = 0;
        while (!pending.isEmpty()) {
            String name = pending.remove(0);
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                Path parent = current.getParent();
                current = parent == null ? current : parent;
                continue;
            }
            Path next = current.resolve(name);
            if (Files.isSymbolicLink(next)) {
                if (++links > MAX_LINKS) {
                    throw new RuffRuntimeError("Too many levels of symbolic links: " + path);
                }
                Path target;
                try {
                    target = Files.readSymbolicLink(next);
                } catch (IOException e) {
                    throw new RuffRuntimeError("Cannot read the symbolic link " + next + ": " + e.getMessage());
                }
                List<String> expanded = new ArrayList<>();
                for (Path part : target) {
                    expanded.add(part.toString());
                }
                pending.addAll(0, expanded);
                if (target.isAbsolute()) {
                    current = target.getRoot();
                }
                continue;
            }
            current = next;
        }
        return current;
    }
}
