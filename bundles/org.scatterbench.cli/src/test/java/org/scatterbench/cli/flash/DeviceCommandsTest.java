package org.scatterbench.cli.flash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.transport.TcpEndpoint;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.scatter.ScatterFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** device info / device table / readback / from-device against the virtual phone over TCP. */
class DeviceCommandsTest {

    @TempDir
    Path tmp;

    private VirtualPhoneFixture fx;
    private TcpEndpoint ep;
    private VirtualPhone phone;

    @BeforeEach
    void setUp() throws Exception {
        fx = new VirtualPhoneFixture(tmp);
        phone = fx.phone(FaultPlan.none());
        ep = TcpEndpoint.listen(phone, 0);
    }

    @AfterEach
    void tearDown() throws Exception {
        ep.close();
        fx.close();
    }

    private String port() {
        return "tcp://127.0.0.1:" + ep.port();
    }

    @Test
    void infoNamesChipSecurityIdsAndStorage() {
        VirtualPhoneFixture.Result r = VirtualPhoneFixture.cli("device", "info", "--port", port(), "--da", fx.da.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("MT6765").contains("hw code 0x0766").contains("org.scatterbench.chip.mt67xx")
                .contains("no protection").contains("ME id:").contains("CID:").contains("EMMC_USER:");
        assertThat(phone.journal().isEmpty()).isTrue();
    }

    @Test
    void tableJsonListsThePhonesPartitionsWithTheSharedFields() {
        VirtualPhoneFixture.Result r = VirtualPhoneFixture.cli("device", "table", "--port", port(), "--da",
                fx.da.toString(), "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray parts = o.getAsJsonArray("partitions");
        JsonObject system = null;
        for (var e : parts) {
            if (e.getAsJsonObject().get("name").getAsString().equals("system")) {
                system = e.getAsJsonObject();
            }
        }
        Partition want = fx.partition("system");
        assertThat(system).isNotNull();
        assertThat(system.get("start").getAsLong()).isEqualTo(want.start());
        assertThat(system.get("size").getAsLong()).isEqualTo(want.size());
        assertThat(system.get("region").getAsString()).isEqualTo("EMMC_USER");
        assertThat(o.get("platform").getAsString()).isEqualTo("MT6765");
    }

    @Test
    void readbackCopiesOnePartitionByteForByte() throws Exception {
        Path out = tmp.resolve("nvram.bin");
        VirtualPhoneFixture.Result r = VirtualPhoneFixture.cli("readback", "--port", port(), "--da", fx.da.toString(),
                "--partition", "nvram", "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        Partition p = fx.partition("nvram");
        assertThat(Files.size(out)).isEqualTo(p.size());
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(out)))).isEqualTo(fx.sha256(p.range()));
        VirtualPhoneFixture.Result missing = VirtualPhoneFixture.cli("readback", "--port", port(), "--da",
                fx.da.toString(), "--partition", "nosuch", "-o", tmp.resolve("nosuch.bin").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no partition 'nosuch'").contains("userdata");

        Path gpt = tmp.resolve("gpt.bin");
        VirtualPhoneFixture.Result range = VirtualPhoneFixture.cli("readback", "--port", port(), "--da", fx.da.toString(),
                "--start", "0x200", "--length", "512", "-o", gpt.toString());
        assertThat(range.code()).as(range.toString()).isZero();
        assertThat(new String(Files.readAllBytes(gpt), 0, 8, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("EFI PART");
    }

    @Test
    void readbackKeepsAnExistingFileUnlessForced() throws Exception {
        Path out = Files.writeString(tmp.resolve("manual-backup.bin"), "the only copy");
        VirtualPhoneFixture.Result kept = VirtualPhoneFixture.cli("readback", "--port", port(), "--da",
                fx.da.toString(), "--partition", "nvram", "-o", out.toString());
        assertThat(kept.code()).as(kept.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(kept.err()).contains(out + " already exists; nothing was written").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("the only copy");

        VirtualPhoneFixture.Result forced = VirtualPhoneFixture.cli("readback", "--port", port(), "--da",
                fx.da.toString(), "--partition", "nvram", "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.toString()).isZero();
        assertThat(Files.size(out)).isEqualTo(fx.partition("nvram").size());
    }

    @Test
    void outputsThatCannotBeWrittenAreRefusedBeforeThePhoneIsAsked() throws Exception {
        // a closed port: only a refusal that comes before connecting names the file
        String closed = "tcp://127.0.0.1:1";
        Path folder = Files.createDirectory(tmp.resolve("out"));
        VirtualPhoneFixture.Result dir = VirtualPhoneFixture.cli("scatter", "from-device", "--port", closed, "--da",
                fx.da.toString(), "-o", folder.toString());
        assertThat(dir.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(dir.err()).contains(folder + " is a directory; nothing was written");
        Path nowhere = tmp.resolve("nodir").resolve("userdata.img");
        VirtualPhoneFixture.Result missing = VirtualPhoneFixture.cli("readback", "--port", closed, "--da",
                fx.da.toString(), "--partition", "userdata", "-o", nowhere.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).contains("cannot write " + nowhere + ": no such folder").doesNotContain(".tmp")
                .doesNotContain("Exception");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void fromDeviceWritesAScatterThatReadsBackAsThePhonesLayout() throws Exception {
        Path out = tmp.resolve("from-device.txt");
        VirtualPhoneFixture.Result r = VirtualPhoneFixture.cli("scatter", "from-device", "--port", port(), "--da", fx.da.toString(),
                "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        Layout l = ScatterFiles.read(out).layout();
        assertThat(l.platform()).isEqualTo("MT6765");
        for (String n : List.of("recovery", "nvram", "system", "userdata")) {
            assertThat(l.find(n).map(Partition::range)).as(n).contains(fx.partition(n).range());
        }
    }

    @Test
    void aMissingDaIsAUsageErrorAndALockedPhoneIsRefusedPlainly() throws Exception {
        VirtualPhoneFixture.Result noDa = VirtualPhoneFixture.cli("device", "info", "--port", port());
        if (System.getenv(DeviceOptions.DA_ENV) == null) {
            assertThat(noDa.code()).isEqualTo(2);
            assertThat(noDa.err()).contains("--da").contains(DeviceOptions.DA_ENV);
        }
        VirtualPhone locked = fx.phone(FaultPlan.builder().lockedTargetConfig().build());
        try (TcpEndpoint lep = TcpEndpoint.listen(locked, 0)) {
            VirtualPhoneFixture.Result r = VirtualPhoneFixture.cli("device", "info", "--port",
                    "tcp://127.0.0.1:" + lep.port(), "--da", fx.da.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("protected").contains("Serial Link Authentication").doesNotContain("Exception");
        }
    }
}
