package org.scatterbench.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.ui.flash.FlashTally;
import org.scatterbench.ui.tests.UiTestSupport;
import org.scatterbench.ui.tests.Workbench;

/** The Device view's progress model without a phone: monitor to percent, report to words, throttling. */
public class PhoneProgressTest {

    @Test
    public void aJobMonitorDrivenThroughSubMonitorsBecomesPercentsAndAVerifyingPhase() {
        PhoneProgress progress = new PhoneProgress();
        AtomicInteger changes = new AtomicInteger();
        progress.addListener(changes::incrementAndGet);
        progress.started("tcp://127.0.0.1:9");
        assertThat(progress.text("tcp://127.0.0.1:9")).isEqualTo("Flashing 0 %");

        SubMonitor root = SubMonitor.convert(progress.monitor("tcp://127.0.0.1:9", new NullProgressMonitor()), "flash", 100);
        root.split(10).done();
        SubMonitor writes = root.split(60).setWorkRemaining(10_000);
        for (int i = 0; i < 10_000; i++) {
            writes.worked(1);
        }
        assertThat(progress.text("tcp://127.0.0.1:9")).isEqualTo("Flashing 70 %");
        root.subTask("verify boot");
        root.split(30).done();
        assertThat(progress.text("tcp://127.0.0.1:9")).isEqualTo("Verifying 100 %");

        List<Integer> seen = progress.percentsSeen("tcp://127.0.0.1:9");
        assertThat(seen).contains(10, 37, 70).isSorted().doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(102);
        // 10,000 worked() calls, but one change per whole percent (plus the phase change)
        assertThat(changes.get()).isLessThanOrEqualTo(103);

        progress.finished("tcp://127.0.0.1:9", report(FlashReport.Outcome.DONE, ""), true);
        assertThat(progress.text("tcp://127.0.0.1:9")).isEqualTo("Done (verified)");
        assertThat(progress.isRunning("tcp://127.0.0.1:9")).isFalse();
        assertThat(progress.text("tcp://127.0.0.1:10")).isEmpty();
    }

    @Test
    public void everyEndingReadsAsWords() {
        assertThat(PhoneState.ended(report(FlashReport.Outcome.DONE, ""), false).text()).isEqualTo("Done");
        assertThat(PhoneState.ended(report(FlashReport.Outcome.FAILED, "write boot: no answer"), true).text())
                .isEqualTo("Failed: write boot: no answer");
        assertThat(PhoneState.ended(report(FlashReport.Outcome.REFUSED, "wrong chip"), true).text())
                .isEqualTo("Refused: wrong chip");
        assertThat(PhoneState.ended(report(FlashReport.Outcome.CANCELLED, "cancelled by the user"), true).text())
                .isEqualTo("Cancelled");
    }

    @Test
    public void theTallySummarisesWhenTheLastPhoneEnds() {
        FlashTally tally = new FlashTally(3);
        assertThat(tally.add(FlashReport.Outcome.FAILED)).isFalse();
        assertThat(tally.add(FlashReport.Outcome.DONE)).isFalse();
        assertThat(tally.add(FlashReport.Outcome.DONE)).isTrue();
        assertThat(tally.summary()).isEqualTo("3 phones: 2 done, 1 failed");
    }

    @Test
    public void manyRequestsBeforeTheUiThreadRunsCostOneRefresh() {
        AtomicInteger refreshes = new AtomicInteger();
        ThrottledRefresh throttled = new ThrottledRefresh(Workbench.window().getShell(), 100, refreshes::incrementAndGet);
        for (int i = 0; i < 1000; i++) {
            throttled.request();
        }
        UiTestSupport.waitUntil("the refresh", 5_000, () -> refreshes.get() > 0);
        assertThat(refreshes.get()).isEqualTo(1);
        throttled.request();
        UiTestSupport.waitUntil("the next refresh", 5_000, () -> refreshes.get() > 1);
        assertThat(refreshes.get()).isEqualTo(2);
    }

    private static FlashReport report(FlashReport.Outcome outcome, String message) {
        return new FlashReport(outcome, message, List.of(), List.of(), List.of());
    }
}
