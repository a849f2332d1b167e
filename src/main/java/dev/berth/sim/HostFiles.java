package dev.berth.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A host's file system, mirrored under {@code <lab>/<node>/}: {@code /etc/drbd.d/r0.res} is
 * {@code <lab>/<node>/etc/drbd.d/r0.res}. The mirror is the truth and is read on every command, so
 * a file edited by hand is seen at once. Paths that would leave the mirror, and the lab's own
 * {@code /.sim} folder, do not exist for the host.
 */
public final class HostFiles {
    public enum Kind { MISSING, FILE, DIRECTORY }

    /** Why a file operation failed, in the words of {@code strerror}, which is what tools print. */
    public static final class Problem extends Exception {
        public Problem(String reason) { super(reason, null, false, false); }
    }

    private final Path root;

    HostFiles(Path root) {
        this.root = root;
    }

    public Kind kind(String path) {
        Optional<Path> file = resolve(path);
        if (file.isEmpty() || !Files.exists(file.get(), LinkOption.NOFOLLOW_LINKS)) return Kind.MISSING;
        return Files.isDirectory(file.get(), LinkOption.NOFOLLOW_LINKS) ? Kind.DIRECTORY : Kind.FILE;
    }

    public Optional<String> read(String path) {
        if (kind(path) != Kind.FILE) return Optional.empty();
        try {
            return Optional.of(Files.readString(resolve(path).orElseThrow(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entry names of a folder, sorted (a real {@code ls} sorts too; {@code find} does not, but sorting keeps the lab deterministic). */
    public List<String> list(String directory) throws Problem {
        Kind kind = kind(directory);
        if (kind == Kind.MISSING) throw new Problem("No such file or directory");
        if (kind == Kind.FILE) throw new Problem("Not a directory");
        try (Stream<Path> entries = Files.list(resolve(directory).orElseThrow())) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !(isRoot(directory) && n.equals(".sim"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces a file's content at once (temporary file and rename), like Berth's write script does. */
    public void write(String path, String content, int mode) throws Problem {
        requireParentDirectory(path);
        if (kind(path) == Kind.DIRECTORY) throw new Problem("Is a directory");
        Path file = writable(path);
        try {
            Path temporary = Files.createTempFile(file.getParent(), ".berth-lab-", ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            FileModes.set(temporary, mode);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code mkdir} without {@code -p}: atomic, and fails when the folder exists (the lock contract relies on it). */
    public void makeDirectory(String path) throws Problem {
        if (kind(path) != Kind.MISSING) throw new Problem("File exists");
        requireParentDirectory(path);
        try {
            Files.createDirectory(writable(path));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            throw new Problem("File exists");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file, or a folder when {@code directory} is set and it is empty. */
    public void remove(String path, boolean directory) throws Problem {
        Kind kind = kind(path);
        if (kind == Kind.MISSING) throw new Problem("No such file or directory");
        if (directory && kind == Kind.FILE) throw new Problem("Not a directory");
        if (!directory && kind == Kind.DIRECTORY) throw new Problem("Is a directory");
        try {
            Files.delete(writable(path));
        } catch (DirectoryNotEmptyException notEmpty) {
            throw new Problem("Directory not empty");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void move(String from, String to) throws Problem {
        if (kind(from) == Kind.MISSING) throw new Problem("No such file or directory");
        requireParentDirectory(to);
        if (kind(to) == Kind.DIRECTORY) throw new Problem("Is a directory");
        try {
            Files.move(writable(from), writable(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void setMode(String path, int mode) throws Problem {
        if (kind(path) == Kind.MISSING) throw new Problem("No such file or directory");
        FileModes.set(writable(path), mode);
    }

    /** The parent folder of an absolute path: {@code /a/b} → {@code /a}, {@code /a} → {@code /}. */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    private void requireParentDirectory(String path) throws Problem {
        String parent = parent(path);
        Kind kind = kind(parent);
        if (kind == Kind.MISSING) throw new Problem("No such file or directory");
        if (kind == Kind.FILE) throw new Problem("Not a directory");
    }

    private Path writable(String path) throws Problem {
        return resolve(path).orElseThrow(() -> new Problem("Permission denied"));
    }

    /** The mirror path of a host path; empty for relative paths, escapes and the hidden {@code /.sim}. */
    private Optional<Path> resolve(String path) {
        if (!path.startsWith("/")) return Optional.empty();
        Path relative = Path.of(path.substring(1)).normalize();
        if (relative.startsWith("..") || relative.startsWith(".sim")) return Optional.empty();
        return Optional.of(root.resolve(relative));
    }

    private static boolean isRoot(String path) { return Path.of(path).normalize().toString().equals("/"); }
}
