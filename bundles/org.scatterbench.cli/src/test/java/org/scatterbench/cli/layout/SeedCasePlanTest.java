package org.scatterbench.cli.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.ScatterbenchCli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The seed scenario of the issue, through the real {@code plan --json} command on a real MT6582
 * V1.1.1 scatter with MBR/EBR1/EBR2 from the corpus.
 */
class SeedCasePlanTest {

    private static final String OLD = "v1.x/MT6582_AnimMouse_oppo_neo5.txt";
    private static final long GROWTH = 0x10000000L; // 256 MiB

    @TempDir
    Path dir;

    private Path old;
    private String oldText;

    @BeforeEach
    void copyOld() throws Exception {
        old = Shared.scatter(OLD);
        oldText = Files.readString(old, StandardCharsets.UTF_8);
    }

    private Path newRom(ScatterEdits edits) throws Exception {
        Path p = dir.resolve("MT6582_Android_scatter.txt");
        Files.writeString(p, edits.toString(), StandardCharsets.UTF_8);
        return p;
    }

    /** Only system, boot, recovery, logo and uboot change: a new build of the same layout. */
    private ScatterEdits sameLayoutNewImages() {
        return new ScatterEdits(oldText).set("ANDROID", "file_name", "system_v2.img")
                .set("BOOTIMG", "file_name", "boot_v2.img").set("RECOVERY", "file_name", "recovery_v2.img")
                .set("LOGO", "file_name", "logo_v2.bin").set("UBOOT", "file_name", "lk_v2.bin");
    }

    record Result(int code, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScatterbenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> partitionsWith(JsonObject plan, String action) {
        List<String> l = new ArrayList<>();
        for (JsonElement e : plan.getAsJsonArray("steps")) {
            if (e.getAsJsonObject().get("action").getAsString().equals(action)) {
                l.add(e.getAsJsonObject().get("partition").getAsString());
            }
        }
        return l;
    }

    static String verdict(JsonObject plan, String name) {
        for (JsonElement e : plan.getAsJsonArray("partitions")) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject().get("verdict").getAsString();
            }
        }
        throw new AssertionError("no verdict for " + name);
    }

    @Test
    void keepDataWritesExactlyTheSixChangedOrRewritablePartitions() throws Exception {
        Path next = newRom(sameLayoutNewImages());

        Result r = run("plan", "--current", old.toString(), "--new", next.toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonObject plan = r.json();
        assertThat(plan.get("mode").getAsString()).isEqualTo("keep-data");
        assertThat(plan.get("refused").getAsBoolean()).isFalse();
        assertThat(partitionsWith(plan, "write")).containsExactly("UBOOT", "BOOTIMG", "RECOVERY", "SEC_RO", "LOGO",
                "ANDROID");
        assertThat(plan.getAsJsonArray("steps")).hasSize(6);
        for (String kept : List.of("PRELOADER", "MBR", "EBR1", "EBR2", "PRO_INFO", "NVRAM", "PROTECT_F", "PROTECT_S",
                "SECCFG", "CACHE", "USRDATA", "FRP", "BMTPOOL")) {
            assertThat(verdict(plan, kept)).as(kept).isEqualTo("kept");
        }
        assertThat(verdict(plan, "ANDROID")).isEqualTo("written");
        JsonObject android = plan.getAsJsonArray("steps").get(5).getAsJsonObject();
        assertThat(android.get("region").getAsString()).isEqualTo("EMMC_USER");
        assertThat(android.get("start").getAsLong()).isEqualTo(0xA400000L); // linear 0xB000000 minus the 12 MiB boot window
        assertThat(android.get("size").getAsLong()).isEqualTo(0x94000000L);
        assertThat(plan.getAsJsonArray("reasons").toString()).contains("Image checks were skipped");
    }

    @Test
    void keepDataWithARomFolderChecksTheImagesAndNamesThem() throws Exception {
        Path next = newRom(sameLayoutNewImages());
        Path rom = Files.createDirectories(dir.resolve("rom"));
        for (String f : List.of("system_v2.img", "boot_v2.img", "recovery_v2.img", "logo_v2.bin", "lk_v2.bin",
                "secro.img")) {
            Files.write(rom.resolve(f), new byte[1024]);
        }

        Result r = run("plan", "--current", old.toString(), "--new", next.toString(), "--rom", rom.toString(), "--json");

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonArray steps = r.json().getAsJsonArray("steps");
        assertThat(steps.get(0).getAsJsonObject().get("image").getAsString()).endsWith("lk_v2.bin");

        Files.delete(rom.resolve("logo_v2.bin"));
        Result missing = run("plan", "--current", old.toString(), "--new", next.toString(), "--rom", rom.toString(),
                "--json");
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.json().getAsJsonArray("steps")).isEmpty();
        assertThat(missing.json().getAsJsonArray("reasons").toString()).contains("logo_v2.bin").contains("missing");
    }

    @Test
    void keepDataRefusesAGrownAndroidThatShiftsCacheAndUserdataAndSaysWhy() throws Exception {
        Path next = newRom(sameLayoutNewImages().add("ANDROID", "partition_size", GROWTH)
                .add("CACHE", "linear_start_addr", GROWTH).add("USRDATA", "linear_start_addr", GROWTH));

        Result r = run("plan", "--current", old.toString(), "--new", next.toString(), "--json");

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("refused");
        JsonObject plan = r.json();
        assertThat(plan.get("refused").getAsBoolean()).isTrue();
        assertThat(plan.getAsJsonArray("steps")).isEmpty();
        String reasons = plan.getAsJsonArray("reasons").toString();
        assertThat(reasons).contains("USRDATA would move from 0xA8400000 to 0xB8400000 (+256 MiB)")
                .contains("ANDROID larger (+256 MiB)").contains("CACHE would move").contains("your apps")
                .contains("firmware-upgrade").contains("format-all");
        assertThat(verdict(plan, "USRDATA")).isEqualTo("lost");
        assertThat(verdict(plan, "ANDROID")).isEqualTo("kept");
    }

    @Test
    void theSameGrownRomInFirmwareUpgradeBacksUpAndRestoresTheCalibration() throws Exception {
        Path next = newRom(sameLayoutNewImages().add("ANDROID", "partition_size", GROWTH)
                .add("CACHE", "linear_start_addr", GROWTH).add("USRDATA", "linear_start_addr", GROWTH));

        Result r = run("plan", "--current", old.toString(), "--new", next.toString(), "--mode", "firmware-upgrade",
                "--json");

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonObject plan = r.json();
        assertThat(partitionsWith(plan, "backup")).contains("NVRAM", "PRO_INFO", "PROTECT_F", "PROTECT_S");
        assertThat(partitionsWith(plan, "restore")).contains("NVRAM", "PRO_INFO", "PROTECT_F", "PROTECT_S");
        assertThat(partitionsWith(plan, "write-table")).containsOnly("mbr-ebr");
        assertThat(verdict(plan, "NVRAM")).isEqualTo("backed-up-and-restored");
        assertThat(verdict(plan, "USRDATA")).isEqualTo("lost");
    }
}
