package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.ui.FlashPerspective;
import org.scatterbench.ui.device.DeviceView;
import org.scatterbench.ui.download.DownloadView;
import org.scatterbench.ui.flash.FlashReportDialog;
import org.scatterbench.ui.log.LogView;

/**
 * The whole path through real widgets: load a ROM, start a virtual phone with one click, press
 * Start for a keep-data flash, watch the job in the Progress view, read the final report.
 */
public class FlashVirtualPhoneTest {

    static final String CORPUS = "v1.x/MT6765_Dewil-King_mt6765_fastboot.txt";

    @Test
    public void aKeepDataFlashOfTheVirtualPhoneCompletesInTheProgressView() throws Exception {
        // a corpus ROM whose GPT the virtual phone's image writer can lay out (k65v1's end-relative
        // flashinfo currently collides with the backup GPT in the core's GptWriter)
        Path scatter = RomFolders.fromCorpus(CORPUS);
        DownloadView download = DownloadViewTest.showKeepData(scatter);
        assertThat(download.currentPlan().refused()).isFalse();

        DeviceView devices = Workbench.show(DeviceView.ID, DeviceView.class);
        Button virtual = UiTestSupport.find(controlOf(devices), Button.class,
                b -> b.getText().equals("Start &virtual phone"));
        virtual.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.waitUntil("the virtual phone's port in the Download view", 60_000,
                () -> download.portSpec().startsWith("tcp://127.0.0.1:") || devices.statusText().startsWith("Could not"));
        assertThat(devices.statusText()).doesNotStartWith("Could not");
        UiTestSupport.waitUntil("the phone in the Device view", 10_000,
                () -> devices.rows().stream().anyMatch(r -> r.kind().equals("virtual phone")));

        // Identify asks the phone itself (BROM handshake) and writes nothing
        org.scatterbench.ui.device.DeviceRow phone = devices.rows().stream()
                .filter(r -> r.kind().equals("virtual phone")).findFirst().orElseThrow();
        devices.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(phone), true);
        UiTestSupport.find(controlOf(devices), Button.class, b -> b.getText().equals("&Identify"))
                .notifyListeners(SWT.Selection, new Event());
        UiTestSupport.waitUntil("the phone's answer", 30_000, () -> devices.rows().stream()
                .anyMatch(r -> r.portSpec().equals(phone.portSpec()) && r.details().contains("hw code 0x")));
        assertThat(devices.rows()).anyMatch(r -> r.portSpec().equals(phone.portSpec()) && r.mode().equals("BROM")
                && r.details().startsWith("MT6765"));
        Shots.ofPart(devices, "device-view");

        IViewPart progress = Workbench.page().showView(FlashPerspective.PROGRESS_VIEW_ID);
        Workbench.page().showView(DownloadView.ID);
        UiTestSupport.waitUntil("Start to be enabled", 10_000, () -> download.startButton().isEnabled());
        // another test may have flashed from this view before: wait for this flash's own report
        FlashReportDialog earlier = download.launcher().lastDialog();
        download.startButton().notifyListeners(SWT.Selection, new Event());
        assertThat(download.launcher().job()).isNotNull();
        assertThat(download.launcher().job().isUser()).isTrue();

        UiTestSupport.waitUntil("the final report", 120_000,
                () -> download.launcher().lastDialog() != null && download.launcher().lastDialog() != earlier);
        FlashReportDialog dialog = download.launcher().lastDialog();
        try {
            FlashReport report = dialog.report();
            assertThat(report.outcome()).as(report.summary()).isEqualTo(FlashReport.Outcome.DONE);
            assertThat(report.completed()).isNotEmpty();
            UiTestSupport.settle(200);
            Shots.print(dialog.getShell(), "flash-report");
        } finally {
            dialog.close();
        }
        assertThat(download.launcher().isRunning()).isFalse();
        UiTestSupport.waitUntil("Start to be offered again", 5_000,
                () -> !download.startBlockerText().startsWith("A flash is running"));
        String jobName = download.launcher().job().getName();
        Workbench.page().showView(FlashPerspective.PROGRESS_VIEW_ID);
        UiTestSupport.waitUntil("the finished flash in the Progress view", 10_000,
                () -> UiTestSupport.find(controlOf(progress), Label.class,
                        l -> l.isVisible() && l.getText().contains(jobName)) != null);
        Shots.ofWindow("flash-progress");

        LogView log = Workbench.show(LogView.ID, LogView.class);
        // the protocol trace (bytes both ways) and the flash's own report lines are in the log
        assertThat(log.shown()).anyMatch(e -> e.source().equals("org.scatterbench.protocol")
                && e.message().startsWith("host > phone"));
        assertThat(log.shown()).anyMatch(e -> e.source().equals("org.scatterbench.protocol")
                && e.message().startsWith("phone > host"));
        assertThat(log.shown()).anyMatch(e -> e.source().equals("flash") && e.message().startsWith("write "));
    }

    static Control controlOf(IViewPart part) {
        return (Control) part.getSite().getService(MPart.class).getWidget();
    }
}
