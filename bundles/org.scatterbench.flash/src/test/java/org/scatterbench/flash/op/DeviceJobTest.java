package org.scatterbench.flash.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;

/** The Job wrapper: one rule per port, the report and status of the wrapped operation. */
class DeviceJobTest {

    @Test
    void rulesConflictPerPortOnly() {
        DeviceRule a = new DeviceRule("/dev/ttyACM0");
        assertThat(a.isConflicting(new DeviceRule("/dev/ttyACM0"))).isTrue();
        assertThat(a.isConflicting(new DeviceRule("/dev/ttyACM1"))).isFalse();
        assertThat(a.contains(new DeviceRule("/dev/ttyACM0"))).isTrue();
    }

    @Test
    void twoNamesOfOnePhoneAreOnePhone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        assertThat(new DeviceRule("tcp://localhost:4000").isConflicting(new DeviceRule("tcp://127.0.0.1:4000"))).isTrue();
        assertThat(new DeviceRule("tcp://localhost:4000").isConflicting(new DeviceRule("tcp://127.0.0.1:4001"))).isFalse();
        java.nio.file.Path tty = java.nio.file.Files.createFile(tmp.resolve("ttyACM0"));
        java.nio.file.Path byId = java.nio.file.Files.createSymbolicLink(tmp.resolve("usb-MediaTek_phone"), tty);
        assertThat(new DeviceRule(byId.toString()).isConflicting(new DeviceRule(tty.toString()))).isTrue();
    }

    @Test
    void aJobCarriesTheOperationsReportAndMapsItToAStatus() throws Exception {
        DeviceJob ok = new DeviceJob("flash", "tcp://127.0.0.1:1", m -> new FlashReport(FlashReport.Outcome.DONE, "",
                List.of("write boot"), List.of(), List.of()));
        ok.schedule();
        ok.join();
        assertThat(ok.getResult().isOK()).isTrue();
        assertThat(ok.report().completed()).containsExactly("write boot");
        assertThat(ok.getRule()).isEqualTo(ok.getRule()).isInstanceOf(DeviceRule.class);

        DeviceJob failed = new DeviceJob("flash", "tcp://127.0.0.1:1", m -> new FlashReport(FlashReport.Outcome.FAILED,
                "write system stopped at device offset 0x400000", List.of("write boot"), List.of("write system"),
                List.of()));
        failed.schedule();
        failed.join();
        assertThat(failed.getResult().getSeverity()).isEqualTo(IStatus.ERROR);
        assertThat(failed.getResult().getMessage()).contains("0x400000").contains("Completed: write boot")
                .contains("Not done: write system");
    }
}
