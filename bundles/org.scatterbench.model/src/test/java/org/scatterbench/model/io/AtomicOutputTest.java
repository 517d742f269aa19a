package org.scatterbench.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scatterbench.model.io.AtomicOutput.Existing;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void rewritingAFileReplacesItsContentAndKeepsItsPermissions() throws IOException {
        assumeThat(posix()).isTrue();
        Path f = dir.resolve("layout.txt");
        Files.writeString(f, "old content");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));

        Path written = AtomicOutput.write(f, bytes("new"));

        assertThat(written).isEqualTo(f.toAbsolutePath());
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
        assertThat(names()).containsExactly("layout.txt");
    }

    @Test
    void aNewFileGetsTheModeAnyNewFileInItsFolderGets() throws IOException {
        assumeThat(posix()).isTrue();
        Path reference = dir.resolve("reference");
        try (OutputStream o = Files.newOutputStream(reference)) {
            o.write(1);
        }
        Path f = dir.resolve("new.bin");

        AtomicOutput.write(f, bytes("x"));

        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("scatter.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real", "scatter.txt"));

        AtomicOutput.write(link, bytes("through the link"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "scatter.txt"));
        assertThat(Files.readString(real)).isEqualTo("through the link");
        assertThat(names()).containsExactlyInAnyOrder("link.txt", "real");
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("scatter.txt");
        }
    }

    @Test
    void aDanglingLinkCreatesTheFileItPointsTo() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.img"), Path.of("elsewhere.img"));

        AtomicOutput.write(link, bytes("abc"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("elsewhere.img"))).isEqualTo("abc");
    }

    @Test
    void aLinkLoopIsRefusedInWords() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));

        assertThatThrownBy(() -> AtomicOutput.write(loop, bytes("x"))).isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + loop + ": too many levels of symbolic links");
    }

    @Test
    void aFifoIsRefusedBeforeAnyContentIsProducedAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeThat(mkfifo(fifo)).as("mkfifo available").isTrue();
        boolean[] produced = { false };

        assertThatThrownBy(() -> AtomicOutput.write(fifo, Existing.REPLACE, temp -> produced[0] = true))
                .isInstanceOfSatisfying(OutputException.class,
                        e -> assertThat(e.kind()).isEqualTo(OutputException.Kind.NOT_A_REGULAR_FILE))
                .hasMessage(fifo + " is not a regular file; nothing was written");
        assertThatThrownBy(() -> AtomicOutput.check(fifo, Existing.REPLACE))
                .hasMessage(fifo + " is not a regular file; nothing was written");

        assertThat(produced[0]).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(names()).containsExactly("pipe");
    }

    @Test
    void aLinkToAFifoIsRefusedNamingBoth() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeThat(mkfifo(fifo)).as("mkfifo available").isTrue();
        Path link = Files.createSymbolicLink(dir.resolve("link"), fifo);

        assertThatThrownBy(() -> AtomicOutput.write(link, bytes("x")))
                .hasMessage(link + " (a link to " + fifo + ") is not a regular file; nothing was written");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aDirectoryIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("inside"), "kept");

        assertThatThrownBy(() -> AtomicOutput.write(out, bytes("x")))
                .isInstanceOfSatisfying(OutputException.class,
                        e -> assertThat(e.kind()).isEqualTo(OutputException.Kind.NOT_A_REGULAR_FILE))
                .hasMessage(out + " is a directory; nothing was written");

        assertThat(Files.readString(out.resolve("inside"))).isEqualTo("kept");
        assertThat(names()).containsExactly("out");
    }

    @Test
    void neighboursWithTheOldFixedTemporaryNamesSurvive() throws IOException {
        Path x = dir.resolve("x.img");
        for (String n : List.of("x.img.tmp", "x.img.part", ".x.img.tmp")) {
            Files.writeString(dir.resolve(n), "precious " + n);
        }

        AtomicOutput.write(x, bytes("out"));
        AtomicOutput.write(x, Existing.REPLACE, temp -> Files.writeString(temp, "again"));

        assertThat(Files.readString(x)).isEqualTo("again");
        for (String n : List.of("x.img.tmp", "x.img.part", ".x.img.tmp")) {
            assertThat(Files.readString(dir.resolve(n))).isEqualTo("precious " + n);
        }
        assertThat(names()).containsExactlyInAnyOrder("x.img", "x.img.tmp", "x.img.part", ".x.img.tmp");
    }

    @Test
    void aFailingProducerLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("backup.bin");
        Files.writeString(f, "the only copy");
        IOException boom = new IOException("the phone went away");

        assertThatThrownBy(() -> AtomicOutput.write(f, Existing.REPLACE, temp -> {
            Files.writeString(temp, "half");
            throw boom;
        })).isSameAs(boom);
        assertThatThrownBy(() -> AtomicOutput.write(f, Existing.REPLACE, temp -> {
            Files.writeString(temp, "half");
            throw new IllegalStateException("cancelled");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(f)).isEqualTo("the only copy");
        assertThat(names()).containsExactly("backup.bin");
    }

    @Test
    void anErrorAboutTheTemporaryFileIsReportedAboutTheTarget() throws IOException {
        Path f = dir.resolve("out.txt");

        assertThatThrownBy(() -> AtomicOutput.write(f, Existing.REPLACE, temp -> {
            throw new FileSystemException(temp.toString(), null, "No space left on device");
        })).isInstanceOf(OutputException.class).hasMessage("cannot write " + f + ": disk full");
        assertThat(names()).isEmpty();
    }

    @Test
    void aMissingFolderIsNamedAndNoTemporaryNameIs() {
        Path f = dir.resolve("nodir").resolve("x.txt");

        assertThatThrownBy(() -> AtomicOutput.write(f, bytes("x")))
                .isInstanceOfSatisfying(OutputException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OutputException.Kind.CANNOT_WRITE);
                    assertThat(e.target()).isEqualTo(f);
                })
                .hasMessage("cannot write " + f + ": no such folder " + dir.resolve("nodir"));
        assertThatThrownBy(() -> AtomicOutput.check(f, Existing.REFUSE))
                .hasMessage("cannot write " + f + ": no such folder " + dir.resolve("nodir"));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws IOException {
        Path notDir = Files.writeString(dir.resolve("plain"), "");
        Path f = notDir.resolve("x.txt");

        assertThatThrownBy(() -> AtomicOutput.write(f, bytes("x")))
                .hasMessage("cannot write " + f + ": " + notDir + " is not a folder");
    }

    @Test
    void aFolderWithoutWritePermissionIsReportedByCheckBeforeAnyWork() throws IOException {
        assumeThat(posix()).isTrue();
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(ro)).as("not running as root").isFalse();
            Path f = ro.resolve("part.bin");
            assertThatThrownBy(() -> AtomicOutput.check(f, Existing.REFUSE))
                    .hasMessage("cannot write " + f + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void refuseKeepsAnExistingFileAndWritesANewOne() throws IOException {
        Path f = dir.resolve("nvram.bin");
        Files.writeString(f, "manual backup");

        assertThatThrownBy(() -> AtomicOutput.check(f, Existing.REFUSE))
                .isInstanceOfSatisfying(OutputException.class,
                        e -> assertThat(e.kind()).isEqualTo(OutputException.Kind.ALREADY_EXISTS))
                .hasMessage(f + " already exists; nothing was written");
        assertThatThrownBy(() -> AtomicOutput.write(f, Existing.REFUSE, temp -> Files.writeString(temp, "new")))
                .hasMessage(f + " already exists; nothing was written");
        assertThat(Files.readString(f)).isEqualTo("manual backup");

        Path g = dir.resolve("fresh.bin");
        assertThat(AtomicOutput.check(g, Existing.REFUSE)).isEqualTo(g.toAbsolutePath());
        AtomicOutput.write(g, Existing.REFUSE, temp -> Files.writeString(temp, "new"));
        assertThat(Files.readString(g)).isEqualTo("new");
        assertThat(names()).containsExactlyInAnyOrder("nvram.bin", "fresh.bin");
    }

    @Test
    void refuseStillHoldsWhenTheNameIsTakenWhileTheContentIsProduced() throws IOException {
        Path f = dir.resolve("late.bin");

        assertThatThrownBy(() -> AtomicOutput.write(f, Existing.REFUSE, temp -> {
            Files.writeString(temp, "ours");
            Files.writeString(f, "someone else's");
        })).isInstanceOfSatisfying(OutputException.class,
                e -> assertThat(e.kind()).isEqualTo(OutputException.Kind.ALREADY_EXISTS));

        assertThat(Files.readString(f)).isEqualTo("someone else's");
        assertThat(names()).containsExactly("late.bin");
    }

    @Test
    void openCommitAndCloseWriteThroughTheStreamAndCleanUpWithoutCommit() throws IOException {
        Path f = dir.resolve("stream.bin");
        try (AtomicOutput out = AtomicOutput.open(f, Existing.REFUSE)) {
            try (OutputStream s = out.stream()) {
                s.write(bytes("streamed"));
            }
            assertThat(Files.exists(f)).isFalse();
            assertThat(out.commit()).isEqualTo(f.toAbsolutePath());
        }
        assertThat(Files.readString(f)).isEqualTo("streamed");

        Path g = dir.resolve("abandoned.bin");
        try (AtomicOutput out = AtomicOutput.open(g, Existing.REPLACE)) {
            Files.writeString(out.temp(), "half");
            assertThat(out.temp().getParent()).isEqualTo(dir.toAbsolutePath());
            assertThat(out.temp().getFileName().toString()).startsWith(".abandoned.bin.").endsWith(".tmp");
        }
        assertThat(names()).containsExactly("stream.bin");
    }

    @Test
    void aLongNameStillGetsATemporaryFile() throws IOException {
        Path f = dir.resolve("p".repeat(250));

        AtomicOutput.write(f, bytes("long"));

        assertThat(Files.readString(f)).isEqualTo("long");
        assertThat(names()).containsExactly("p".repeat(250));
    }

    @Test
    void reasonsAreWordsWithoutFileNamesOrClassNames() {
        assertThat(IoReasons.of(new FileSystemException("/t/.x.1.tmp", null, "No space left on device"))).isEqualTo("disk full");
        assertThat(IoReasons.of(new IOException("No space left on device"))).isEqualTo("disk full");
        assertThat(IoReasons.of(new AccessDeniedException("/t/.x.1.tmp"))).isEqualTo("permission denied");
        assertThat(IoReasons.of(new NoSuchFileException("/t/nodir/.x.1.tmp"))).isEqualTo("no such folder");
        assertThat(IoReasons.of(new FileSystemException("/t/.x.1.tmp", "/t/x", "Is a directory"))).isEqualTo("is a directory");
        assertThat(IoReasons.of(new FileSystemException("/t/.x.1.tmp", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(IoReasons.of(new FileSystemException("/t/.x.1.tmp", null, "Disk quota exceeded")))
                .isEqualTo("disk quota exceeded");
        assertThat(IoReasons.of(new IOException())).isEqualTo("input/output error");
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("reference")).sorted().toList();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean mkfifo(Path p) throws InterruptedException {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            proc.getInputStream().readAllBytes();
            return proc.waitFor() == 0 && Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
    }
}
