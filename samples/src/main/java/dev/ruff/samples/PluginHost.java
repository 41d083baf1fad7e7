package dev.ruff.samples;

import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.host.RuffExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A plugin host: every {@code .ruff} file in a folder is a plugin that implements {@link Plugin}. Plugins
 * see one host object, {@code host}, whose {@link RuffExport} methods are their whole API; the engine's
 * capability policy grants them nothing (no files, network, processes or environment — not even the
 * clock), so a plugin that reaches for a file is refused and reported, while the others keep running.
 *
 * <pre>java -cp … dev.ruff.samples.PluginHost samples/plugins</pre>
 */
public final class PluginHost implements AutoCloseable {
    /** What a plugin implements: Ruff functions {@code name()} and {@code handle(event)}. */
    public interface Plugin {
        /** The plugin's name. */
        String name();

        /** Handles one event; returns whether the plugin acted on it. */
        boolean handle(Map<String, Object> event);
    }

    /** The API plugins call as {@code host.announce(text)}. Only annotated methods are visible to them. */
    public static final class HostApi {
        private final PrintWriter out;
        private final List<String> announcements = new ArrayList<>();

        HostApi(PrintWriter out) {
            this.out = out;
        }

        /** Shows a line to the users. */
        @RuffExport
        public void announce(String text) {
            announcements.add(text);
            out.println("[announce] " + text);
        }

        /** Not annotated: plugins cannot call it. */
        public void shutdown() {
            throw new IllegalStateException("plugins must not reach this");
        }

        /** Everything plugins announced, in order. */
        public List<String> announcements() {
            return List.copyOf(announcements);
        }
    }

    private final RuffEngine engine;
    private final HostApi api;
    private final PrintWriter out;
    private final List<Plugin> plugins = new ArrayList<>();

    /** A host whose plugins write to {@code out}; nothing is loaded yet. */
    public PluginHost(Writer out) {
        this.out = out instanceof PrintWriter pw ? pw : new PrintWriter(out, true);
        this.api = new HostApi(this.out);
        // the capability policy: plugins get no capability at all
        this.engine = RuffEngine.builder().denyAll().out(this.out).err(this.out).build();
    }

    /** Loads every {@code .ruff} file of {@code folder} (in name order); a plugin that fails to load is reported and skipped. */
    public List<String> load(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".ruff")).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            try {
                RuffContext context = engine.newContext();
                context.set("host", api);
                engine.compile(file).run(context);
                Plugin plugin = context.implement(Plugin.class);
                if (plugin == null) {
                    out.println("[host] " + file.getFileName() + " is not a plugin (needs name() and handle(event))");
                    continue;
                }
                plugins.add(plugin);
                names.add(plugin.name());
            } catch (RuffSyntaxError e) {
                out.println("[host] " + file.getFileName() + " does not compile:\n" + e.render());
            } catch (RuffRuntimeError e) {
                out.println("[host] " + file.getFileName() + " failed to load:\n" + e.render());
            }
        }
        return names;
    }

    /** Offers {@code event} to every plugin; returns the names of those that handled it. */
    public List<String> dispatch(Map<String, Object> event) {
        List<String> handled = new ArrayList<>();
        for (Plugin plugin : plugins) {
            try {
                if (plugin.handle(event)) {
                    handled.add(plugin.name());
                }
            } catch (RuffRuntimeError e) {
                out.println("[host] plugin " + plugin.name() + " failed: " + e.getMessage());
            }
        }
        return handled;
    }

    /** The host object plugins see. */
    public HostApi api() {
        return api;
    }

    @Override
    public void close() {
        engine.close();
    }

    /** Loads the plugins of the folder named by the first argument and sends them two events. */
    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        try (PluginHost host = new PluginHost(out)) {
            out.println("[host] loaded " + host.load(Path.of(args.length > 0 ? args[0] : "samples/plugins")));
            out.println("[host] join handled by " + host.dispatch(Map.of("type", "join", "user", "ada")));
            out.println("[host] message handled by "
                    + host.dispatch(Map.of("type", "message", "text", "hello plugin world")));
        }
    }
}
