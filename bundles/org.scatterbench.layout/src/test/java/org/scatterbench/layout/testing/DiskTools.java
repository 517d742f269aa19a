package org.scatterbench.layout.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scatterbench.layout.table.TableWrite;

/** Sparse disk images and the real partitioning tools (sfdisk, sgdisk) for cross-checks. */
public final class DiskTools {

    private static final Pattern DUMP_LINE = Pattern.compile(
            "^\\S+?(\\d+)\\s*:\\s*start=\\s*(\\d+),\\s*size=\\s*(\\d+),\\s*type=([0-9A-Fa-f-]+)(?:.*name=\"([^\"]*)\")?");
    private static final Pattern SGDISK_LINE = Pattern.compile("^\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+.*?\\s+[0-9A-F]{4}\\s+(.*)$");

    private DiskTools() {
    }

    /** One partition as a tool lists it, in 512-byte sectors. */
    public record ToolPartition(int number, long start, long sectors, String type, String name) {
    }

    public static Path sparseImage(Path dir, String name, long size) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    public static void apply(Path image, List<TableWrite> writes) throws IOException {
        try (FileChannel ch = FileChannel.open(image, StandardOpenOption.WRITE)) {
            for (TableWrite w : writes) {
                ch.write(ByteBuffer.wrap(w.bytes()), w.range().start());
            }
        }
    }

    public static String run(String... command) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of(command[0])), command[0] + " is not installed");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + text);
        }
        return text;
    }

    public static String runWithInput(String input, String... command) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of(command[0])), command[0] + " is not installed");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + text);
        }
        return text;
    }

    /** Parses {@code sfdisk --dump}. */
    public static List<ToolPartition> sfdiskDump(Path image) throws IOException, InterruptedException {
        List<ToolPartition> out = new ArrayList<>();
        for (String line : run("/usr/sbin/sfdisk", "--dump", image.toString()).split("\n")) {
            Matcher m = DUMP_LINE.matcher(line.replace(image.toString(), "img"));
            if (m.find()) {
                out.add(new ToolPartition(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)),
                        Long.parseLong(m.group(3)), m.group(4), m.group(5)));
            }
        }
        return out;
    }

    /** Parses {@code sgdisk -p}: number, first and last sector, name. */
    public static List<ToolPartition> sgdiskPrint(Path image) throws IOException, InterruptedException {
        List<ToolPartition> out = new ArrayList<>();
        boolean table = false;
        for (String line : run("/usr/sbin/sgdisk", "-p", image.toString()).split("\n")) {
            if (line.startsWith("Number")) {
                table = true;
                continue;
            }
            Matcher m = SGDISK_LINE.matcher(line);
            if (table && m.find()) {
                long first = Long.parseLong(m.group(2));
                long last = Long.parseLong(m.group(3));
                out.add(new ToolPartition(Integer.parseInt(m.group(1)), first, last - first + 1, "", m.group(4).trim()));
            }
        }
        return out;
    }
}
