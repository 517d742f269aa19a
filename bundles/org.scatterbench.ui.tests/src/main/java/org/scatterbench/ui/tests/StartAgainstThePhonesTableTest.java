package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.Verdict;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.ui.UiServices;
import org.scatterbench.ui.device.VirtualPhoneHost;
import org.scatterbench.ui.download.DownloadSelection;
import org.scatterbench.ui.flash.FlashRun;

/**
 * Start in the Download view plans again against the phone's own table before writing. When the
 * view's plan was made for another layout (no current-layout file: the ROM's own), the plan that
 * would run can do something else; it must then not run unseen.
 */
public class StartAgainstThePhonesTableTest {

    @Test
    public void aPhoneWhoseTableDiffersFromTheShownPlansLayoutIsRefusedNamingWhatWouldChange() throws Exception {
        Path scatter = RomFolders.fromCorpus(FlashVirtualPhoneTest.CORPUS);
        Layout rom = ScatterFiles.read(scatter).layout();
        // the phone: the same ROM flashed earlier, except that its userdata starts 1 MiB later
        Layout phoneTable = rom.withPartitions(rom.partitions().stream()
                .map(p -> p.name().equals("userdata") ? p.withStart(p.start() + (1 << 20)).withSize(p.size() - (1 << 20))
                        : p).toList());
        VirtualPhoneHost host = UiServices.virtualPhones();
        VirtualPhoneHost.RunningPhone phone = host.start(Optional.of(phoneTable));
        try {
            // what the view shows without a current-layout file: the ROM planned against itself
            DownloadSelection shown = DownloadSelection.of(rom, rom, Optional.of(scatter.getParent()),
                    PlanMode.FIRMWARE_UPGRADE);
            assertThat(shown.plan().verdictOf("userdata").orElseThrow().verdict()).isEqualTo(Verdict.KEPT);

            Path work = Files.createTempDirectory("start-against-table");
            FlashReport report = new FlashRun(new FlashRun.Settings(phone.daFile(), phone.portSpec(), shown, false,
                    Duration.ofSeconds(10), work.resolve("backup"), false, Optional.empty(),
                    Optional.of(work.resolve("calibration"))))
                    .run(new NullProgressMonitor());

            assertThat(report.outcome()).as(report.summary()).isEqualTo(FlashReport.Outcome.REFUSED);
            assertThat(report.message()).contains("differs from the layout the plan on screen was made for")
                    .contains("userdata: lost (shown: kept)").contains("Nothing was written");
            assertThat(host.journal(phone.portSpec()).orElseThrow().isEmpty()).as("nothing written").isTrue();
        } finally {
            host.stop(phone.portSpec());
        }
    }
}
