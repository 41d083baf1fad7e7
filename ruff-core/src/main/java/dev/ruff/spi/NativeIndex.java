package dev.ruff.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The names each service module of a jar registers, written at build time, so that an engine can
 * install a module on first use ({@link NativeRegistry#installServiceModulesOnFirstUse}) instead of
 * running every module's {@link RuffModule#register} while it is built.
 *
 * <p>The index is the resource {@value #RESOURCE}: for each module a line {@code [CLASS]} with the
 * module's class name, a line {@code module NAME} with its {@link RuffModule#name()}, then one registered
 * name per line ({@code #} starts a comment). Sections from several jars may be concatenated into one
 * file (a shaded jar should append them). A module jar generates its index after compiling, by running
 * this class's {@link #main} over its class output folder, e.g. with Maven:</p>
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>org.codehaus.mojo</groupId>
 *   <artifactId>exec-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <id>native-index</id>
 *       <phase>process-classes</phase>
 *       <goals><goal>java</goal></goals>
 *       <configuration>
 *         <mainClass>dev.ruff.spi.NativeIndex</mainClass>
 *         <arguments><argument>${project.build.outputDirectory}</argument></arguments>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * <p>A module without an index is simply installed when the engine is built. An index that is out of
 * date never hides a native: a name found in no index makes the registry install every pending module
 * before it reports the name missing. It can only misplace a name two modules both register, which is
 * why the build regenerates it every time.</p>
 */
public final class NativeIndex {
    /** Where a jar keeps its index, relative to the class path root. */
    public static final String RESOURCE = "META-INF/ruff-natives.txt";

    /** The parsed indexes visible to each class loader, by module class name; read once per loader. */
    private static final Map<ClassLoader, Map<String, Entry>> BY_LOADER = new WeakHashMap<>();

    private NativeIndex() {
    }

    /** A module's name and the names its register adds. */
    record Entry(String module, Set<String> names) {
    }

    /** The index entry shipped for {@code moduleClass}, or {@code null}. */
    static Entry of(Class<?> moduleClass) {
        return of(moduleClass.getName(), moduleClass.getClassLoader());
    }

    /** The index entry {@code loader}'s class path ships for the module class {@code className}, or {@code null}. */
    static Entry of(String className, ClassLoader loader) {
        if (loader == null) {
            return null;
        }
        Map<String, Entry> entries;
        synchronized (BY_LOADER) {
            entries = BY_LOADER.get(loader);
            if (entries == null) { // not computeIfAbsent: its lambda would spin a class before the first eval
                entries = read(loader);
                BY_LOADER.put(loader, entries);
            }
        }
        return entries.get(className);
    }

    private static Map<String, Entry> read(ClassLoader loader) {
        Map<String, Entry> entries = new HashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(RESOURCE);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    parse(in, entries);
                }
            }
        } catch (IOException e) {
            // an unreadable index only costs the laziness: its modules are installed eagerly
        }
        return Collections.unmodifiableMap(entries);
    }

    private static void parse(InputStream in, Map<String, Entry> entries) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String className = null;
        String module = null;
        Set<String> names = new LinkedHashSet<>();
        for (String line = reader.readLine(); ; line = reader.readLine()) {
            String text = line == null ? null : line.strip();
            if (text != null && (text.isEmpty() || text.startsWith("#"))) {
                continue;
            }
            if (text == null || (text.startsWith("[") && text.endsWith("]"))) {
                if (className != null && module != null) {
                    entries.putIfAbsent(className, new Entry(module, Set.copyOf(names)));
                }
                if (text == null) {
                    return;
                }
                className = text.substring(1, text.length() - 1).strip();
                module = null;
                names = new LinkedHashSet<>();
            } else if (module == null && text.startsWith("module ")) {
                module = text.substring("module ".length()).strip();
            } else {
                names.add(text);
            }
        }
    }

    /**
     * Writes {@value #RESOURCE} into the class output folder {@code CLASSES} for every module listed in
     * {@code CLASSES/META-INF/services/dev.ruff.spi.RuffModule}. The module classes must be on the class path.
     *
     * @param args one argument: the class output folder ({@code CLASSES})
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: NativeIndex CLASS_OUTPUT_FOLDER");
        }
        Path classes = Path.of(args[0]);
        Path services = classes.resolve("META-INF/services/" + RuffModule.class.getName());
        if (!Files.exists(services)) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Path index = classes.resolve(RESOURCE);
        Files.createDirectories(index.getParent());
        try (Writer out = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
            out.write("# Generated at build time by " + NativeIndex.class.getName()
                    + " from each module's register; do not edit.\n");
            for (String line : Files.readAllLines(services, StandardCharsets.UTF_8)) {
                String className = line.replaceFirst("#.*", "").strip();
                if (className.isEmpty()) {
                    continue;
                }
                RuffModule module = (RuffModule) Class.forName(className, true, loader)
                        .getConstructor().newInstance();
                NativeRegistry registry = new NativeRegistry();
                registry.install(module);
                out.write("[" + className + "]\nmodule " + module.name() + "\n");
                for (String name : registry.globals().keySet()) {
                    out.write(name + "\n");
                }
            }
        }
    }
}
