package org.scatterbench.model.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One output file written all-or-nothing: the content goes to a fresh hidden file in the target's
 * own folder, is flushed to disk and only then renamed over the target, so a failure or an
 * interruption leaves the old file (or no file) and no temporary file.
 * <p>
 * What the rename would get wrong is refused or handled before any content is produced: a target
 * that is a directory, device, FIFO or socket is refused (renaming over {@code /dev/full} would
 * replace the device node); a symbolic link is written through, so the link stays; an existing
 * file keeps its permissions (and, where the process may, its owner); a new file gets the mode
 * the folder would give any new file. Every failure is an {@link OutputException} that names the
 * target the caller gave and says why in words.
 * <p>
 * Use {@link #write(Path, byte[])} for content in memory, {@link #write(Path, Existing, Content)}
 * for content produced into a file, or {@link #open} / {@link #commit} / {@link #close} when the
 * producer throws its own checked exceptions. {@link #check} tells before a long read whether the
 * write could happen at all.
 */
public final class AtomicOutput implements AutoCloseable {

    /** What to do with a target that already exists as a regular file. */
    public enum Existing {
        REPLACE,
        /** Keep it and fail: for outputs that may be the user's only copy of something. */
        REFUSE
    }

    /** Produces the content into the temporary file, which exists and is empty when called. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    /** As the kernel's own limit on a chain of links. */
    private static final int MAX_LINKS = 40;
    /** Temporary names repeat at most this much of the target name, to stay under 255 bytes. */
    private static final int NAME_CHARS = 64;
    private static final int NAME_ATTEMPTS = 100;

    private final Path target;
    private final Path file;
    private final String shown;
    private final Existing existing;
    private final Path temp;
    private boolean committed;

    private AtomicOutput(Path target, Path file, Existing existing, Path temp) {
        this.target = target;
        this.file = file;
        this.shown = shown(target, file);
        this.existing = existing;
        this.temp = temp;
    }

    /**
     * Checks, without touching the target, that it could be written now: it is absent or a regular
     * file (absent for {@link Existing#REFUSE}) and a file can be created in its folder.
     *
     * @return the file that would be written, links followed
     */
    public static Path check(Path target, Existing existing) throws OutputException {
        Path file = resolve(target, existing);
        deleteQuietly(createTemp(target, file));
        return file;
    }

    /** Writes {@code bytes} to {@code target}, replacing a regular file there. */
    public static Path write(Path target, byte[] bytes) throws OutputException {
        return write(target, Existing.REPLACE, bytes);
    }

    /** Writes {@code bytes} to {@code target}. */
    public static Path write(Path target, Existing existing, byte[] bytes) throws OutputException {
        try (AtomicOutput out = open(target, existing)) {
            try {
                Files.write(out.temp, bytes);
            } catch (IOException e) {
                throw out.failure(e);
            }
            return out.commit();
        }
    }

    /**
     * Lets {@code content} fill the temporary file, then puts it in place. An I/O error about the
     * temporary file becomes an {@link OutputException} about the target; the producer's other
     * exceptions (a malformed input, say) pass through unchanged, the temporary file removed.
     *
     * @return the file written, links followed
     */
    public static Path write(Path target, Existing existing, Content content) throws IOException {
        try (AtomicOutput out = open(target, existing)) {
            try {
                content.writeTo(out.temp);
            } catch (IOException e) {
                throw out.translate(e);
            }
            return out.commit();
        }
    }

    /**
     * Checks the target and creates the temporary file; nothing else is touched until
     * {@link #commit()}. Close it in any case: without a commit, closing removes the temporary file.
     */
    public static AtomicOutput open(Path target, Existing existing) throws OutputException {
        Path file = resolve(target, existing);
        AtomicOutput out = new AtomicOutput(target, file, existing, createTemp(target, file));
        out.protectLikeTarget();
        return out;
    }

    /** The temporary file to write the content to. */
    public Path temp() {
        return temp;
    }

    /** A stream to the temporary file whose errors are {@link OutputException}s about the target. */
    public OutputStream stream() throws OutputException {
        try {
            return new TargetErrors(Files.newOutputStream(temp));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** An error while writing the temporary file, as the message about the target to show. */
    public OutputException failure(IOException e) {
        if (e instanceof OutputException o) {
            return o;
        }
        String reason = IoReasons.of(e).replace(temp.toString(), file.toString())
                .replace(temp.getFileName().toString(), file.getFileName().toString());
        return new OutputException(OutputException.Kind.CANNOT_WRITE, target, "cannot write " + shown + ": " + reason, e);
    }

    /**
     * Flushes the content to disk, gives it the target's permissions and renames it over the
     * target (for {@link Existing#REFUSE}, only if the target still does not exist).
     *
     * @return the file written, links followed
     */
    public Path commit() throws OutputException {
        if (committed) {
            throw new IllegalStateException(shown + " is already written");
        }
        try {
            OnDisk.forceContent(temp);
        } catch (IOException e) {
            throw failure(e);
        }
        keepAttributes();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // something may have taken the name while the content was produced
            refuseExisting(target, file, existing);
        }
        try {
            if (existing == Existing.REFUSE) {
                linkOrMove();
            } else {
                move();
            }
        } catch (FileAlreadyExistsException e) {
            throw new OutputException(OutputException.Kind.ALREADY_EXISTS, target,
                    shown + " already exists; nothing was written", e);
        } catch (IOException e) {
            throw failure(e);
        }
        committed = true;
        OnDisk.forceFolder(file.getParent());
        return file;
    }

    /** Removes the temporary file unless committed; never fails. */
    @Override
    public void close() {
        if (!committed) {
            deleteQuietly(temp);
        }
    }

    private IOException translate(IOException e) {
        String m = e.getMessage();
        if (e instanceof OutputException || m == null || !m.contains(temp.getFileName().toString())) {
            return e;
        }
        return failure(e);
    }

    private static Path resolve(Path target, Existing existing) throws OutputException {
        Path abs = target.toAbsolutePath();
        Path file;
        try {
            file = followLinks(abs);
        } catch (IOException e) {
            throw new OutputException(OutputException.Kind.CANNOT_WRITE, target,
                    "cannot write " + target + ": " + IoReasons.of(e), e);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            refuseExisting(target, file, existing);
        }
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            String why = Files.exists(dir) ? dir + " is not a folder" : "no such folder " + dir;
            throw new OutputException(OutputException.Kind.CANNOT_WRITE, target,
                    "cannot write " + shown(target, file) + ": " + why, null);
        }
        return file;
    }

    private static void refuseExisting(Path target, Path file, Existing existing) throws OutputException {
        String shown = shown(target, file);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(OutputException.Kind.NOT_A_REGULAR_FILE, target,
                    shown + " is a directory; nothing was written", null);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(OutputException.Kind.NOT_A_REGULAR_FILE, target,
                    shown + " is not a regular file; nothing was written", null);
        }
        if (existing == Existing.REFUSE) {
            throw new OutputException(OutputException.Kind.ALREADY_EXISTS, target,
                    shown + " already exists; nothing was written", null);
        }
    }

    /** The link's final target; a dangling link names the file to create. */
    private static Path followLinks(Path abs) throws IOException {
        Path p = abs;
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new FileSystemException(abs.toString(), null, "Too many levels of symbolic links");
            }
            // relative to the link's folder, as the kernel reads it (so no normalising of "..")
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        return p;
    }

    private static String shown(Path target, Path file) {
        return file.equals(target.toAbsolutePath()) ? target.toString() : target + " (a link to " + file + ")";
    }

    /**
     * A new hidden file next to the target. Files.createFile, unlike Files.createTempFile, creates
     * it with the mode any new file in that folder gets (0666 less the umask), which is what a new
     * output should end up with.
     */
    private static Path createTemp(Path target, Path file) throws OutputException {
        String base = file.getFileName().toString();
        if (base.length() > NAME_CHARS) {
            base = base.substring(0, Character.isHighSurrogate(base.charAt(NAME_CHARS - 1)) ? NAME_CHARS - 1 : NAME_CHARS);
        }
        IOException last = null;
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            String unique = Long.toHexString(ThreadLocalRandom.current().nextLong());
            try {
                return Files.createFile(file.resolveSibling("." + base + "." + unique + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                last = e;
            } catch (IOException e) {
                throw new OutputException(OutputException.Kind.CANNOT_WRITE, target,
                        "cannot write " + shown(target, file) + ": " + IoReasons.of(e), e);
            }
        }
        throw new OutputException(OutputException.Kind.CANNOT_WRITE, target,
                "cannot write " + shown(target, file) + ": no free temporary name in its folder", last);
    }

    /**
     * While the content is written, others may read the temporary file no more than the target:
     * its mode, plus the owner's read and write needed to produce it. Best effort.
     */
    private void protectLikeTarget() {
        PosixFileAttributes a = posixAttributes(file);
        if (a != null) {
            Set<PosixFilePermission> mode = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            mode.addAll(a.permissions());
            setMode(mode);
        }
    }

    /** An existing target's mode and, where this process may, owner and group carry over. */
    private void keepAttributes() {
        PosixFileAttributes a = posixAttributes(file);
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (a == null || view == null) {
            return;
        }
        try {
            PosixFileAttributes now = view.readAttributes();
            if (!now.owner().equals(a.owner())) {
                view.setOwner(a.owner());
            }
            if (!now.group().equals(a.group())) {
                view.setGroup(a.group());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // only a privileged process may give a file away; the mode still carries over
        }
        setMode(a.permissions());
    }

    private static PosixFileAttributes posixAttributes(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        try {
            return view == null ? null : view.readAttributes();
        } catch (IOException e) {
            return null;
        }
    }

    private void setMode(Set<PosixFilePermission> mode) {
        try {
            Files.setPosixFilePermissions(temp, mode);
        } catch (IOException | UnsupportedOperationException e) {
            // file systems without modes (FAT, some shares) fix them at mount time
        }
    }

    private void move() throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Puts the file in place only if the name is still free: a hard link fails on an existing
     * name where a rename would replace it. File systems without hard links get a check and a move.
     */
    private void linkOrMove() throws IOException {
        try {
            Files.createLink(file, temp);
            deleteQuietly(temp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            // no hard links here (FAT, some shares)
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Files.move(temp, file);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a hidden leftover named after the target; nothing to tell the user about
        }
    }

    /** Failures writing the temporary file, reported about the target. */
    private final class TargetErrors extends FilterOutputStream {

        TargetErrors(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }
}
