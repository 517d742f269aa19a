package org.scatterbench.cli.flash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.tools.DaFileWriter;
import org.scatterbench.emulator.tools.ImageSpec;
import org.scatterbench.emulator.tools.PhoneImageWriter;
import org.scatterbench.emulator.tools.RomFolderWriter;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.model.Storage;

/**
 * An MT6765 virtual phone on a disk image made from a real scatter, an upgraded ROM folder for the
 * same layout, and the emulator's DA file; plus helpers to run the CLI and hash ranges of the
 * phone's image.
 */
final class VirtualPhoneFixture implements AutoCloseable {

    static final String SCATTER = "corpus/scatter/v1.x/MT6765_Dewil-King_k65v1.txt";

    final Path dir;
    final Path scatter;
    final Layout layout;
    final Path image;
    final Path rom;
    final Path da;
    final long size;
    private final List<EmmcStorage> storages = new ArrayList<>();

    VirtualPhoneFixture(Path dir) throws Exception {
        this.dir = dir;
        this.scatter = trimmed(SharedDir.get().resolve(SCATTER), dir.resolve("MT6765_Android_scatter.txt"), "flashinfo");
        this.layout = ScatterFiles.read(scatter).layout();
        this.image = dir.resolve("phone.img");
        this.size = diskSize(layout);
        new PhoneImageWriter(64 * 1024).write(layout, image, size);
        this.rom = dir.resolve("rom-v2");
        new RomFolderWriter(1 << 20).write(scatter, layout, rom, true, size);
        this.da = dir.resolve("MTK_DA_emulator.bin");
        Files.write(da, DaFileWriter.build(List.of(ChipProfiles.mt6765())));
    }

    /**
     * Room for every fixed partition, then the end-relative reservations, then the backup GPT:
     * never less than the emulator's own minimum.
     */
    static long diskSize(Layout l) throws Exception {
        long end = 0;
        long reserved = 0;
        for (Partition p : l.partitions()) {
            if (p.isEndRelative()) {
                reserved = Math.max(reserved, org.scatterbench.layout.table.EndRelative.distanceFromEnd(l, p));
            } else if (p.region().isUserArea()) {
                end = Math.max(end, p.end());
            }
        }
        long want = (end + reserved + (2 << 20) + 0xFFFFF) & ~0xFFFFFL;
        return Math.max(want, ImageSpec.minimumSize(l));
    }

    /**
     * A copy of a corpus scatter without some partitions. The MT6765 file's flashinfo ends at the
     * very end of the disk, where a GPT keeps its backup, so no disk image can hold it as is.
     */
    static Path trimmed(Path from, Path to, String... remove) throws Exception {
        ScatterDocument d = ScatterFiles.read(from);
        for (String n : remove) {
            d.removePartition(Storage.EMMC, d.positionOf(Storage.EMMC, n));
        }
        Files.write(to, d.toBytes());
        return to;
    }

    VirtualPhone phone(FaultPlan faults) throws IOException {
        EmmcStorage s = EmmcStorage.onImage(image);
        storages.add(s);
        return VirtualPhone.builder(ChipProfiles.mt6765(), s).faults(faults).build();
    }

    /** SHA-256 of a range of the phone's user area, straight from its image file. */
    String sha256(ByteRange r) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        try (FileChannel ch = FileChannel.open(image)) {
            ByteBuffer b = ByteBuffer.allocate(1 << 20);
            long at = r.start();
            while (at < r.end()) {
                b.clear().limit((int) Math.min(b.capacity(), r.end() - at));
                int n = ch.read(b, at);
                if (n <= 0) {
                    break;
                }
                d.update(b.flip());
                at += n;
            }
        }
        return java.util.HexFormat.of().formatHex(d.digest());
    }

    /**
     * SHA-256 of the first and last MiB of a range: where the image maker puts its labels, so any
     * write into the partition's ends changes it; the write journal covers the middle.
     */
    String sha256Ends(ByteRange r) throws Exception {
        long w = Math.min(r.length(), 1 << 20);
        return sha256(new ByteRange(r.region(), r.start(), w)) + sha256(new ByteRange(r.region(), r.end() - w, w));
    }

    Partition partition(String name) {
        return layout.find(name).orElseThrow();
    }

    /** Runs the CLI in this JVM; returns exit code, stdout and stderr. */
    static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScatterbenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    @Override
    public void close() throws IOException {
        for (EmmcStorage s : storages) {
            s.close();
        }
    }
}
