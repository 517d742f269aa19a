package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.scatterbench.emulator.storage.WriteJournal;
import org.scatterbench.flash.op.DeviceJob;
import org.scatterbench.flash.op.DeviceRule;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.model.Region;
import org.scatterbench.ui.UiServices;
import org.scatterbench.ui.device.DeviceRow;
import org.scatterbench.ui.device.DeviceView;
import org.scatterbench.ui.device.PhoneState;
import org.scatterbench.ui.device.VirtualPhoneHost;
import org.scatterbench.ui.download.DownloadView;

/**
 * Several phones at once from the Device view: select two virtual phones, press Flash selected,
 * and each row follows its own flash (its own Job and port rule) to its own end.
 */
public class MultiPhoneFlashTest {

    @Test
    public void twoSelectedPhonesAreFlashedInParallelEachRowWithItsOwnProgress() throws Exception {
        DownloadView download = loadRom();
        DeviceView devices = Workbench.show(DeviceView.ID, DeviceView.class);
        List<String> ports = startPhones(devices, 2);
        VirtualPhoneHost host = UiServices.virtualPhones();
        for (String port : ports) {
            assertThat(host.journal(port).orElseThrow().isEmpty()).as("nothing written to %s yet", port).isTrue();
        }

        List<DeviceJob> jobs = flashRows(devices, ports);

        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(0)).isNotSameAs(jobs.get(1));
        assertThat(jobs).allMatch(DeviceJob::isUser);
        DeviceRule first = (DeviceRule) jobs.get(0).getRule();
        DeviceRule second = (DeviceRule) jobs.get(1).getRule();
        assertThat(List.of(first.port(), second.port())).containsExactlyInAnyOrderElementsOf(ports);
        assertThat(first.isConflicting(second)).as("different phones may run at the same time").isFalse();

        waitForEnd(devices, ports);
        UiTestSupport.waitUntil("the summary line", 10_000, () -> devices.statusText().equals("2 phones: 2 done"));
        FlashPlan plan = download.currentPlan();
        for (String port : ports) {
            PhoneState end = devices.progress().state(port).orElseThrow();
            assertThat(end.phase()).as(end.text()).isIn(PhoneState.Phase.DONE, PhoneState.Phase.DONE_VERIFIED);
            assertThat(progressCell(devices, port)).startsWith("Done");
            assertThat(devices.progress().percentsSeen(port)).as("progress of %s", port)
                    .anyMatch(p -> p > 0 && p < 100);
            assertWritten(plan, host, port);
        }
        assertThat(jobs).allMatch(j -> j.getResult() != null && j.getResult().isOK());

        // a rescan makes new rows; the progress belongs to the port, so it stays
        List<DeviceRow> before = devices.rows();
        UiTestSupport.find(FlashVirtualPhoneTest.controlOf(devices), Button.class, b -> b.getText().equals("&Refresh"))
                .notifyListeners(SWT.Selection, new Event());
        UiTestSupport.waitUntil("the rescan", 10_000, () -> devices.rows() != before);
        for (String port : ports) {
            assertThat(progressCell(devices, port)).startsWith("Done");
        }
        Shots.ofPart(devices, "device-view-multi");
    }

    @Test
    public void anUnpluggedPhoneEndsOnItsOwnWhileTheOtherIsFlashed() throws Exception {
        loadRom();
        DeviceView devices = Workbench.show(DeviceView.ID, DeviceView.class);
        devices.viewer().setSelection(StructuredSelection.EMPTY);
        assertThat(devices.flashSelected()).isEmpty();
        assertThat(devices.statusText()).startsWith("Select one or more phones");

        List<String> ports = startPhones(devices, 2);
        String unplugged = ports.get(0);
        String alive = ports.get(1);
        assertThat(UiServices.virtualPhones().stop(unplugged)).isTrue();

        List<DeviceJob> jobs = flashRows(devices, ports);
        assertThat(jobs).hasSize(2);
        waitForEnd(devices, ports);

        PhoneState dead = devices.progress().state(unplugged).orElseThrow();
        // a port that cannot be opened failed (as flash-all says), with nothing written
        assertThat(dead.phase()).as(dead.text()).isEqualTo(PhoneState.Phase.FAILED);
        assertThat(progressCell(devices, unplugged)).startsWith("Failed: cannot open " + unplugged);
        PhoneState done = devices.progress().state(alive).orElseThrow();
        assertThat(done.phase()).as(done.text()).isIn(PhoneState.Phase.DONE, PhoneState.Phase.DONE_VERIFIED);
        assertThat(progressCell(devices, alive)).startsWith("Done");
        UiTestSupport.waitUntil("the summary line", 10_000,
                () -> devices.statusText().equals("2 phones: 1 done, 1 failed"));
        Shots.ofPart(devices, "device-view-multi-unplugged");
    }

    @Test
    public void aPhoneBeingFlashedFromTheDownloadViewIsNotFlashedAgainFromTheDeviceView() throws Exception {
        DownloadView download = loadRom();
        DeviceView devices = Workbench.show(DeviceView.ID, DeviceView.class);
        String port = startPhones(devices, 1).get(0);
        UiTestSupport.waitUntil("Start on the new phone", 10_000,
                () -> download.portSpec().equals(port) && download.startButton().isEnabled());
        Object earlierDialog = download.launcher().lastDialog();
        download.startButton().notifyListeners(SWT.Selection, new Event());

        // the same phone, selected in the Device view while the first flash runs
        DeviceRow row = devices.rows().stream().filter(r -> r.portSpec().equals(port)).findFirst().orElseThrow();
        devices.viewer().setSelection(new StructuredSelection(row), true);
        UiTestSupport.find(FlashVirtualPhoneTest.controlOf(devices), Button.class,
                b -> b.getText().equals("&Flash selected")).notifyListeners(SWT.Selection, new Event());
        waitForEnd(devices, List.of(port));

        PhoneState second = devices.progress().state(port).orElseThrow();
        assertThat(second.phase()).as(second.text()).isEqualTo(PhoneState.Phase.REFUSED);
        assertThat(progressCell(devices, port)).contains("already being flashed");
        UiTestSupport.waitUntil("the first flash's report", 120_000,
                () -> download.launcher().lastDialog() != null && download.launcher().lastDialog() != earlierDialog);
        try {
            assertThat(download.launcher().lastDialog().report().outcome())
                    .isEqualTo(org.scatterbench.flash.op.FlashReport.Outcome.DONE);
        } finally {
            download.launcher().lastDialog().close();
        }
    }

    private static DownloadView loadRom() throws Exception {
        Path scatter = RomFolders.fromCorpus(FlashVirtualPhoneTest.CORPUS);
        DownloadView download = DownloadViewTest.showKeepData(scatter);
        assertThat(download.currentPlan().refused()).isFalse();
        return download;
    }

    /** Presses Start virtual phone {@code n} times; returns the new phones' ports once they are rows. */
    private static List<String> startPhones(DeviceView devices, int n) {
        VirtualPhoneHost host = UiServices.virtualPhones();
        Button button = UiTestSupport.find(FlashVirtualPhoneTest.controlOf(devices), Button.class,
                b -> b.getText().equals("Start &virtual phone"));
        List<String> ports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> before = Set.copyOf(host.phones().stream().map(VirtualPhoneHost.RunningPhone::portSpec).toList());
            UiTestSupport.waitUntil("the virtual phone button", 30_000, button::isEnabled);
            button.notifyListeners(SWT.Selection, new Event());
            UiTestSupport.waitUntil("a new virtual phone", 60_000, () -> host.phones().size() > before.size()
                    || devices.statusText().startsWith("Could not"));
            assertThat(devices.statusText()).doesNotStartWith("Could not");
            String port = host.phones().stream().map(VirtualPhoneHost.RunningPhone::portSpec)
                    .filter(p -> !before.contains(p)).findFirst().orElseThrow();
            UiTestSupport.waitUntil("the row of " + port, 10_000,
                    () -> devices.rows().stream().anyMatch(r -> r.portSpec().equals(port)));
            ports.add(port);
        }
        return ports;
    }

    private static List<DeviceJob> flashRows(DeviceView devices, List<String> ports) {
        List<DeviceRow> rows = devices.rows().stream().filter(r -> ports.contains(r.portSpec())).toList();
        assertThat(rows).hasSize(ports.size());
        devices.viewer().setSelection(new StructuredSelection(rows), true);
        assertThat(devices.viewer().getTable().getSelectionCount()).isEqualTo(ports.size());
        UiTestSupport.find(FlashVirtualPhoneTest.controlOf(devices), Button.class,
                b -> b.getText().equals("&Flash selected")).notifyListeners(SWT.Selection, new Event());
        assertThat(devices.statusText()).startsWith("Flashing " + ports.size() + " phones");
        return devices.lastFlashJobs();
    }

    private static void waitForEnd(DeviceView devices, List<String> ports) {
        UiTestSupport.waitUntil("every selected phone's flash to end", 180_000,
                () -> ports.stream().allMatch(p -> devices.progress().state(p).map(s -> !s.phase().running())
                        .orElse(false)));
        UiTestSupport.waitUntil("the rows to show how they ended", 5_000,
                () -> ports.stream().allMatch(p -> progressCell(devices, p).equals(devices.progress().text(p))));
    }

    /** What the Progress column shows for {@code port}, read from the table widget itself. */
    private static String progressCell(DeviceView devices, String port) {
        Table table = devices.viewer().getTable();
        int column = -1;
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals("Progress")) {
                column = i;
            }
        }
        assertThat(column).as("a Progress column").isNotNegative();
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(port)) {
                return item.getText(column);
            }
        }
        throw new AssertionError("no row for " + port);
    }

    /** Every partition the plan writes was written on this phone, and its user-area bytes are the ROM's. */
    private static void assertWritten(FlashPlan plan, VirtualPhoneHost host, String port) throws Exception {
        WriteJournal journal = host.journal(port).orElseThrow();
        Path image = host.phones().stream().filter(p -> p.portSpec().equals(port)).findFirst().orElseThrow().image();
        List<PlanStep> writes = plan.steps().stream().filter(s -> s.action() == StepAction.WRITE).toList();
        assertThat(writes).isNotEmpty();
        for (PlanStep s : writes) {
            assertThat(journal.touches(s.range())).as("%s written on %s", s.partition(), port).isTrue();
            if (s.range().region().equals(Region.EMMC_USER) && s.image().isPresent()) {
                byte[] rom = Files.readAllBytes(s.image().get());
                byte[] phone = new byte[rom.length];
                try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "r")) {
                    f.seek(s.range().start());
                    f.readFully(phone);
                }
                assertThat(phone).as("%s on %s", s.partition(), port).isEqualTo(rom);
            }
        }
    }
}
