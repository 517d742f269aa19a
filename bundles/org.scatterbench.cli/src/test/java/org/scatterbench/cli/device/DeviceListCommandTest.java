package org.scatterbench.cli.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.registry.TransportRegistry;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class DeviceListCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScatterbenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static boolean phoneConnected() {
        try (TransportRegistry r = TransportRegistry.standard()) {
            return !r.listPorts().flashablePorts().isEmpty();
        }
    }

    @Test
    void listsWhatTheDriversSeeAndGuidesWhenNoPhoneIsThere() {
        Run r = run("device", "list");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).satisfiesAnyOf(o -> assertThat(o).startsWith("PORT"), o -> assertThat(o).startsWith("no ports found"));
        if (!phoneConnected()) {
            assertThat(r.out()).contains("no MediaTek device found: connect the phone powered off while holding Volume-Down");
        }
        assertThat(r.out()).doesNotContain("Exception");
    }

    @Test
    void jsonHasOneObjectPerPortAndTheDriversProblems() {
        Run r = run("device", "list", "--json");
        assertThat(r.code()).isZero();
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(root.keySet()).containsExactly("ports", "problems", "warnings", "mediaTekFound");
        JsonArray ports = root.getAsJsonArray("ports");
        for (JsonElement e : ports) {
            JsonObject p = e.getAsJsonObject();
            assertThat(p.get("port").getAsString()).isNotBlank();
            assertThat(p.get("driver").getAsString()).isIn("usb", "serial", "tcp");
        }
        for (JsonElement e : root.getAsJsonArray("problems")) {
            assertThat(e.getAsJsonObject().get("message").getAsString()).isNotBlank();
        }
        assertThat(root.get("mediaTekFound").getAsBoolean()).isEqualTo(phoneConnected());
    }

    @Test
    void waitingForAPhoneThatDoesNotComeEndsWithTheGuidanceAndExitCode4() {
        if (phoneConnected()) {
            assertThat(run("device", "list", "--wait", "0").code()).isZero();
            return;
        }
        Run r = run("device", "list", "--wait", "0");
        assertThat(r.code()).isEqualTo(DeviceListCommand.EXIT_NO_DEVICE);
        assertThat(r.err()).startsWith("scatterbench: no MediaTek device found");
        assertThat(run("device", "list", "--wait", "-1").code()).isEqualTo(ScatterbenchCli.EXIT_USAGE);
    }

    @Test
    void theHelpDocumentsTheNoPhoneExitCode() {
        Run r = run("device", "list", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("4 --wait ended without a phone appearing");
    }

    @Test
    void theDeviceGroupListsItsSubcommands() {
        Run r = run("device");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("list");
    }

    @Test
    void theTableAlignsColumnsAndPutsNotesUnderTheirPort() {
        StringWriter s = new StringWriter();
        PortTable.print(List.of(new PortInfo("usb:1-4", "usb", "MediaTek boot ROM", 0x0E8D, 0x0003, "", ""),
                new PortInfo("/dev/ttyACM0", "serial", "MT65xx Preloader", 0x0E8D, 0x2000, "0123",
                        "ModemManager is running")), new PrintWriter(s, true));
        List<String> lines = s.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("PORT          DRIVER  USB ID     MODE       SERIAL  DESCRIPTION");
        assertThat(lines.get(1)).startsWith("usb:1-4       usb     0e8d:0003  BROM               MediaTek boot ROM");
        assertThat(lines.get(2)).startsWith("/dev/ttyACM0  serial  0e8d:2000  preloader  0123    MT65xx Preloader");
        assertThat(lines.get(3)).isEqualTo("    note: ModemManager is running");
        int column = lines.get(0).indexOf("DESCRIPTION");
        assertThat(lines.get(1).indexOf("MediaTek")).isEqualTo(column);
        assertThat(lines.get(2).indexOf("MT65xx")).isEqualTo(column);
    }
}
