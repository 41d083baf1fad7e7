package dev.ruff.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names a service module registers, written next to its classes at build time, so that an engine
 * can install the module on first use ({@link NativeRegistry#installServiceModulesOnFirstUse}) instead
 * of running every module's {@link RuffModule#register} while it is built.
 *
 * <p>The index of module class {@code C} is the resource {@code META-INF/ruff-natives/C.txt}: a first
 * line {@code module NAME}, then one registered name per line ({@code #} starts a comment). A module
 * jar generates it after compiling, by running this class's {@link #main} over its class output
 * folder, e.g. with Maven:</p>
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
 * before it reports the name missing.</p>
 */
public final class NativeIndex {
    /** Where the index of a module class lives, relative to the class path root. */
    public static final String FOLDER = "META-INF/ruff-natives/";

    private static final ClassValue<Optional<Entry>> CACHE = new ClassValue<>() {
        @Override
        protected Optional<Entry> computeValue(Class<?> type) {
            return Optional.ofNullable(read(type));
        }
    };

    private NativeIndex() {
    }

    /** A module's name and the names its register adds, in registration order. */
    record Entry(String module, List<String> names) {
    }

    /** The index shipped for {@code moduleClass}, or {@code null}; read once per class. */
    static Entry of(Class<?> moduleClass) {
        return CACHE.get(moduleClass).orElse(null);
    }

    private static Entry read(Class<?> type) {
        try (InputStream in = type.getResourceAsStream("/" + FOLDER + type.getName() + ".txt")) {
            if (in == null) {
                return null;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String module = null;
            List<String> names = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (module == null && line.startsWith("module ")) {
                    module = line.substring("module ".length()).strip();
                } else {
                    names.add(line);
                }
            }
            return module == null ? null : new Entry(module, List.copyOf(names));
        } catch (IOException e) {
            return null; // an unreadable index only costs the laziness: the module is installed eagerly
        }
    }

    /**
     * Writes the index of every module listed in {@code CLASSES/META-INF/services/dev.ruff.spi.RuffModule}
     * into {@code CLASSES/META-INF/ruff-natives/}. The module classes must be on the class path.
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
        Path folder = classes.resolve(FOLDER);
        Files.createDirectories(folder);
        for (String line : Files.readAllLines(services, StandardCharsets.UTF_8)) {
            String className = line.replaceFirst("#.*", "").strip();
            if (className.isEmpty()) {
                continue;
            }
            RuffModule module = (RuffModule) Class.forName(className, true, loader).getConstructor().newInstance();
            NativeRegistry registry = new NativeRegistry();
            registry.install(module);
            try (Writer out = Files.newBufferedWriter(folder.resolve(className + ".txt"), StandardCharsets.UTF_8)) {
                out.write("# Generated at build time by " + NativeIndex.class.getName() + " from "
                        + className + ".register; do not edit.\n");
                out.write("module " + module.name() + "\n");
                for (String name : registry.globals().keySet()) {
                    out.write(name + "\n");
                }
            }
        }
    }
}
