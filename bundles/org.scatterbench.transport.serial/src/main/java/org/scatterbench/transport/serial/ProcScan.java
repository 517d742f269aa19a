package org.scatterbench.transport.serial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks through Linux's /proc for who holds a device file and whether ModemManager runs. Only used to
 * explain a failure or to warn, so every unreadable entry is silently skipped; on systems without
 * /proc the answers are simply empty.
 */
final class ProcScan {

    static final String MODEM_MANAGER = "ModemManager";

    private final Path proc;

    ProcScan(Path proc) {
        this.proc = proc;
    }

    static ProcScan system() {
        return new ProcScan(Path.of("/proc"));
    }

    /** Processes with an open file descriptor on {@code device} (symlinks resolved). */
    List<ProcessRef> holders(Path device) {
        List<ProcessRef> found = new ArrayList<>();
        Path target;
        try {
            target = device.toRealPath();
        } catch (IOException e) {
            return found;
        }
        for (Path pidDir : pidDirs()) {
            if (holds(pidDir.resolve("fd"), target)) {
                found.add(new ProcessRef(Long.parseLong(pidDir.getFileName().toString()), name(pidDir)));
            }
        }
        return found;
    }

    boolean isRunning(String processName) {
        for (Path pidDir : pidDirs()) {
            if (processName.equals(name(pidDir))) {
                return true;
            }
        }
        return false;
    }

    private List<Path> pidDirs() {
        List<Path> dirs = new ArrayList<>();
        if (!Files.isDirectory(proc)) {
            return dirs;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
            ds.forEach(dirs::add);
        } catch (IOException | SecurityException e) {
            // nothing to report: the scan only sharpens a message
        }
        return dirs;
    }

    private static boolean holds(Path fdDir, Path target) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
            for (Path fd : fds) {
                try {
                    if (Files.readSymbolicLink(fd).equals(target)) {
                        return true;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // the descriptor closed meanwhile, or is not a link
                }
            }
        } catch (IOException | SecurityException e) {
            // another user's process: not visible without privileges
        }
        return false;
    }

    private static String name(Path pidDir) {
        try {
            return Files.readString(pidDir.resolve("comm"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
