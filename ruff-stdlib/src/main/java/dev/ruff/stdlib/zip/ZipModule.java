package dev.ruff.stdlib.zip;

import dev.ruff.runtime.RuffArray;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import dev.ruff.stdlib.os.PathText;
import dev.ruff.stdlib.values.Arg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/** Zip archives (DEFLATE) on java.util.zip: build one with a handle, or extract one safely. */
public final class ZipModule implements RuffModule {

    @Override
    public String name() {
        return "zip";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability w = Capability.FS_WRITE;
        r.function("zip_create(path)", Arity.exact(1), w, "Starts a zip archive at a path; returns a ZipArchive handle.",
                ZipModule::create);
        // adding reads the files; extracting reads the archive
        r.function("zip_add_file(zip, path)", Arity.exact(2), EnumSet.of(Capability.FS_READ, w), "Adds a file to the archive under its base name.",
                ZipModule::addFile);
        r.function("zip_add_dir(zip, dir)", Arity.exact(2), EnumSet.of(Capability.FS_READ, w), "Adds a directory tree, entries relative to it.",
                ZipModule::addDir);
        r.function("zip_close(zip)", Arity.exact(1), w, "Finishes the archive.", ZipModule::close);
        r.function("unzip(zip_path, out_dir)", Arity.exact(2), EnumSet.of(Capability.FS_READ, w), "Extracts an archive into a directory; returns the written file paths.",
                ZipModule::unzip);
    }

    private static Object create(NativeCall call) {
        String p = Arg.string(call, 0);
        if (p == null) {
            throw call.error("zip_create requires a string path argument");
        }
        try {
            return ZipArchiveHandle.create(WorkingDirectory.resolve(call, p));
        } catch (IOException e) {
            throw call.error("Failed to create zip file '" + p + "': " + OsErrorText.of(e));
        }
    }

    private static ZipArchiveHandle open(NativeCall call) {
        if (!(call.arg(0) instanceof ZipArchiveHandle zip) || !(call.arg(1) instanceof String)) {
            throw call.error(call.name() + " requires (ZipArchive, string_path) arguments");
        }
        if (zip.isClosed()) {
            throw call.error("Zip archive has been closed");
        }
        return zip;
    }

    private static Object addFile(NativeCall call) {
        ZipArchiveHandle zip = open(call);
        String p = (String) call.arg(1);
        byte[] content;
        try {
            content = Files.readAllBytes(WorkingDirectory.readable(call, p));
        } catch (IOException e) {
            throw call.error("Failed to read source file '" + p + "': " + OsErrorText.of(e));
        }
        String name = PathText.fileName(p);
        try {
            zip.addFile(name == null ? p : name, content);
        } catch (IOException e) {
            throw call.error("Failed to write zip entry '" + name + "': " + e.getMessage());
        }
        return true;
    }

    private static Object addDir(NativeCall call) {
        ZipArchiveHandle zip = open(call);
        String p = (String) call.arg(1);
        Path root = WorkingDirectory.readable(call, p);
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(x -> !x.equals(root)).sorted().forEach(paths::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException io = e instanceof IOException x ? x : ((java.io.UncheckedIOException) e).getCause();
            throw call.error("Failed to read directory '" + p + "': " + OsErrorText.of(io));
        }
        for (Path entry : paths) {
            // an entry may be a link leading out of the folders the host granted
            call.context().folderGrants().check(entry, call.name(), Capability.FS_READ);
            String name = root.relativize(entry).toString().replace('\\', '/');
            try {
                if (Files.isDirectory(entry)) {
                    zip.addDirectory(name);
                } else {
                    zip.addFile(name, Files.readAllBytes(entry));
                }
            } catch (IOException e) {
                throw call.error("Failed to read source file '" + entry + "': " + OsErrorText.of(e));
            }
        }
        return true;
    }

    private static Object close(NativeCall call) {
        if (!(call.arg(0) instanceof ZipArchiveHandle zip)) {
            throw call.error("zip_close requires a ZipArchive argument");
        }
        if (zip.isClosed()) {
            throw call.error("Zip archive has already been closed");
        }
        try {
            zip.close();
        } catch (IOException e) {
            throw call.error("Failed to finish zip archive: " + OsErrorText.of(e));
        }
        return true;
    }

    private static Object unzip(NativeCall call) {
        String archive = Arg.string(call, 0);
        String outDir = Arg.string(call, 1);
        if (archive == null || outDir == null) {
            throw call.error("unzip requires (zip_path, output_dir) string arguments");
        }
        List<String> names;
        try {
            names = ZipExtractor.extract(WorkingDirectory.readable(call, archive), WorkingDirectory.writable(call, outDir));
        } catch (ZipExtractor.Refused e) {
            throw call.error(e.getMessage());
        } catch (java.util.zip.ZipException e) {
            throw call.error("Failed to read zip archive '" + archive + "': " + e.getMessage());
        } catch (IOException e) {
            throw call.error("Failed to open zip file '" + archive + "': " + OsErrorText.of(e));
        }
        List<Object> paths = new ArrayList<>();
        for (String name : names) {
            paths.add(PathText.push(outDir, name));
        }
        return RuffArray.ofList(paths);
    }
}
