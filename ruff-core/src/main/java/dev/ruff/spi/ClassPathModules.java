package dev.ruff.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The {@link RuffModule} providers that the class path's {@code META-INF/services} files name, read as
 * {@link ServiceLoader} reads them but without loading a provider's class until it is needed:
 * {@code ServiceLoader.stream()} loads every provider class to report its type, and an engine that installs
 * modules on first use ({@link NativeRegistry#installServiceModulesOnFirstUse}) needs only their names to match
 * them with the {@link NativeIndex}. Used only when Ruff runs on the class path; on the module path the
 * {@code provides} clauses are {@code ServiceLoader}'s to read.
 */
final class ClassPathModules {
    private static final String SERVICE_FILE = "META-INF/services/" + RuffModule.class.getName();

    private ClassPathModules() {
    }

    /** The providers {@code loader}'s service files name, in {@link ServiceLoader}'s order; null if unreadable. */
    static List<ServiceLoader.Provider<RuffModule>> providers(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources(SERVICE_FILE);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        int comment = line.indexOf('#');
                        String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        List<ServiceLoader.Provider<RuffModule>> providers = new ArrayList<>(names.size());
        for (String name : names) {
            providers.add(new Named(name, loader));
        }
        return providers;
    }

    /** A provider known by its class name; the class is loaded at {@link #type()} or {@link #get()}. */
    static final class Named implements ServiceLoader.Provider<RuffModule> {
        final String className;
        final ClassLoader loader;

        Named(String className, ClassLoader loader) {
            this.className = className;
            this.loader = loader;
        }

        @Override
        public Class<? extends RuffModule> type() {
            try {
                return Class.forName(className, false, loader).asSubclass(RuffModule.class);
            } catch (ClassNotFoundException | ClassCastException | LinkageError e) {
                throw new ServiceConfigurationError(RuffModule.class.getName() + ": provider " + className
                        + " not found or not a RuffModule", e);
            }
        }

        @Override
        public RuffModule get() {
            try {
                return type().getConstructor().newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ServiceConfigurationError(RuffModule.class.getName() + ": provider " + className
                        + " could not be instantiated", e);
            }
        }
    }
}
