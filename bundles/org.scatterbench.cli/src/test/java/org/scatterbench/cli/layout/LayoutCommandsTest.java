package org.scatterbench.cli.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.layout.SeedCasePlanTest.Result;
import org.scatterbench.layout.table.EndRelative;
import org.scatterbench.layout.table.GptWriter;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.scatter.ScatterFiles;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

class LayoutCommandsTest {

    private static final String GPT_SCATTER = "v1.x/MT6765_Dewil-King_k65v1.txt";
    private static final String MBR_SCATTER = "v1.x/MT6582_AnimMouse_oppo_neo5.txt";

    @TempDir
    Path dir;

    /**
     * A disk image as a phone flashed with {@code scatter} would hold it: its GPT, userdata grown by the
     * DA to the reservations at the end, on a user area 1 GiB larger than the nominal layout.
     */
    private Path phoneImage(Path scatter) throws Exception {
        Layout l = ScatterFiles.read(scatter).layout();
        long end = l.partitions().stream().filter(p -> !p.isEndRelative() && p.region().isUserArea())
                .mapToLong(Partition::end).max().getAsLong();
        long disk = end + 0x40000000L;
        Layout sized = l.withRegionSize(Region.EMMC_USER, disk);
        long tail = Long.MAX_VALUE;
        for (Partition p : sized.partitions()) {
            if (p.isEndRelative()) {
                tail = Math.min(tail, EndRelative.resolveStart(sized, p, disk));
            }
        }
        long reservations = tail;
        List<Partition> grown = new ArrayList<>();
        for (Partition p : sized.partitions()) {
            grown.add(p.canonicalName().equals("userdata") ? p.withSize(reservations - p.start()) : p);
        }
        Path img = dir.resolve("phone.img");
        try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
            f.setLength(disk);
        }
        try (FileChannel ch = FileChannel.open(img, StandardOpenOption.WRITE)) {
            for (TableWrite w : new GptWriter().write(sized.withPartitions(grown))) {
                ch.write(ByteBuffer.wrap(w.bytes()), w.range().start());
            }
        }
        return img;
    }

    @Test
    void layoutShowJsonUsesTheSharedPartitionObjectsForScattersAndImages() throws Exception {
        Path scatter = Shared.scatter(GPT_SCATTER);
        Result s = SeedCasePlanTest.run("layout", "show", scatter.toString(), "--json");
        assertThat(s.code()).as(s.err()).isZero();
        JsonObject sj = s.json();
        assertThat(sj.get("kind").getAsString()).isEqualTo("scatter");
        JsonObject first = sj.getAsJsonArray("partitions").get(0).getAsJsonObject();
        assertThat(first.keySet()).contains("name", "index", "storage", "region", "linear_start", "start", "size",
                "download", "file", "type", "operation");

        Result i = SeedCasePlanTest.run("layout", "show", phoneImage(scatter).toString(), "--json");
        assertThat(i.code()).as(i.err()).isZero();
        JsonObject ij = i.json();
        assertThat(ij.get("kind").getAsString()).isEqualTo("gpt");
        assertThat(ij.getAsJsonObject("region_sizes").has("EMMC_USER")).isTrue();
        long scatterSystem = startOf(sj, "system");
        assertThat(startOf(ij, "system")).isEqualTo(scatterSystem);

        Result text = SeedCasePlanTest.run("layout", "show", scatter.toString());
        assertThat(text.out()).contains("userdata").contains("end-0 blk");
    }

    @Test
    void diffOfAPhoneImageAgainstItsOwnScatterMatchesTablesAndReservationsAsSuch() throws Exception {
        Path scatter = Shared.scatter(GPT_SCATTER);
        Result r = SeedCasePlanTest.run("layout", "diff", phoneImage(scatter).toString(), scatter.toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonObject d = r.json();
        assertThat(d.get("layout_changed").getAsBoolean()).isFalse();
        assertThat(d.get("first_moved").isJsonNull()).isTrue();
        for (JsonElement e : d.getAsJsonArray("entries")) {
            JsonObject o = e.getAsJsonObject();
            assertThat(o.get("change").getAsString()).as(o.get("name").getAsString())
                    .isIn("same", "content-only", "unmatched");
            if (o.get("name").getAsString().equals("preloader")) {
                assertThat(o.get("kind").getAsString()).isEqualTo("boot-area");
            }
            if (o.get("name").getAsString().equals("sgpt")) {
                assertThat(o.get("kind").getAsString()).isEqualTo("table");
            }
        }
    }

    @Test
    void planAgainstAPhoneImageKeepsDataAndNeverWritesTheTable() throws Exception {
        Path scatter = Shared.scatter(GPT_SCATTER);
        Result r = SeedCasePlanTest.run("plan", "--current", phoneImage(scatter).toString(), "--new", scatter.toString(),
                "--json");

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonObject plan = r.json();
        assertThat(SeedCasePlanTest.partitionsWith(plan, "write-table")).isEmpty();
        assertThat(SeedCasePlanTest.partitionsWith(plan, "write")).contains("system", "boot", "lk")
                .doesNotContain("userdata", "nvram", "nvdata", "preloader", "cache", "metadata", "proinfo");
        assertThat(SeedCasePlanTest.verdict(plan, "userdata")).isEqualTo("kept");
    }

    @Test
    void onlyUnprotectedPartitionsMovingStillKeepsDataThroughTheCli() throws Exception {
        Path old = Shared.scatter(MBR_SCATTER);
        String text = Files.readString(old, StandardCharsets.UTF_8);
        String next = new ScatterEdits(text).add("BOOTIMG", "partition_size", 0x100000)
                .add("RECOVERY", "linear_start_addr", 0x100000).add("RECOVERY", "partition_size", -0x100000).toString();
        Path nextFile = dir.resolve("new.txt");
        Files.writeString(nextFile, next, StandardCharsets.UTF_8);

        Result r = SeedCasePlanTest.run("plan", "--current", old.toString(), "--new", nextFile.toString(), "--json");

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonObject plan = r.json();
        assertThat(plan.getAsJsonArray("steps").get(0).getAsJsonObject().get("action").getAsString())
                .isEqualTo("write-table");
        assertThat(SeedCasePlanTest.partitionsWith(plan, "write")).contains("BOOTIMG", "RECOVERY")
                .doesNotContain("USRDATA", "CACHE");
        assertThat(SeedCasePlanTest.verdict(plan, "USRDATA")).isEqualTo("kept");
        // each JSON step touches exactly its bytes: the MBR and EBR sectors, never a protected partition
        for (JsonElement e : plan.getAsJsonArray("steps")) {
            JsonObject s = e.getAsJsonObject();
            if (s.get("action").getAsString().equals("write-table")) {
                assertThat(s.get("size").getAsLong()).isEqualTo(512);
            }
        }
    }

    @Test
    void humanOutputNamesTheFirstMovedPartitionAndTheVerdicts() throws Exception {
        Path old = Shared.scatter(MBR_SCATTER);
        String grown = new ScatterEdits(Files.readString(old, StandardCharsets.UTF_8))
                .add("ANDROID", "partition_size", 0x10000000L).add("CACHE", "linear_start_addr", 0x10000000L)
                .add("USRDATA", "linear_start_addr", 0x10000000L).toString();
        Path next = dir.resolve("grown.txt");
        Files.writeString(next, grown, StandardCharsets.UTF_8);

        Result diff = SeedCasePlanTest.run("layout", "diff", old.toString(), next.toString());
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).contains("First partition that moves: CACHE").contains("resized")
                .contains("The layout changes.");

        Result plan = SeedCasePlanTest.run("plan", "--current", old.toString(), "--new", next.toString(),
                "--mode", "firmware-upgrade");
        assertThat(plan.code()).isZero();
        assertThat(plan.out()).contains("Mode: firmware-upgrade").contains("backed-up-and-restored")
                .containsPattern("USRDATA\\s+lost");

        Result refused = SeedCasePlanTest.run("plan", "--current", old.toString(), "--new", next.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.out()).contains("REFUSED").contains("Why it is refused:");
    }

    @Test
    void anOtaListIsNotAcceptedAsTheNewRom() {
        Path ota = Shared.scatter("legacy/MT8163_jhautry_echodot_b3a30_ota_scatter_excerpt.txt");
        Result r = SeedCasePlanTest.run("plan", "--current", ota.toString(), "--new", ota.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("OTA layout list");
    }

    @Test
    void unreadableInputsExitWithOneAndBadModesWithTwo() throws Exception {
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[4096]);
        Path scatter = Shared.scatter(MBR_SCATTER);

        Result r = SeedCasePlanTest.run("plan", "--current", junk.toString(), "--new", scatter.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("junk.bin").doesNotContain("Exception");

        Result missing = SeedCasePlanTest.run("layout", "show", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt: no such file");

        Result mode = SeedCasePlanTest.run("plan", "--current", scatter.toString(), "--new", scatter.toString(),
                "--mode", "yolo");
        assertThat(mode.code()).isEqualTo(2);
        assertThat(mode.err()).contains("unknown --mode 'yolo'");
    }

    private static long startOf(JsonObject show, String name) {
        for (JsonElement e : show.getAsJsonArray("partitions")) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject().get("start").getAsLong();
            }
        }
        throw new AssertionError(name);
    }
}
