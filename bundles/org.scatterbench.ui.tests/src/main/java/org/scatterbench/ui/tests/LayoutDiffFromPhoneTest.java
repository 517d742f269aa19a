package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.tools.DaFileWriter;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.layout.ui.diff.DiffRow;
import org.scatterbench.layout.ui.diff.LayoutDiffView;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.ui.UiServices;
import org.scatterbench.ui.device.DeviceView;
import org.scatterbench.ui.device.VirtualPhoneHost;
import org.scatterbench.ui.download.DownloadView;

/**
 * The Layout Diff view's "From phone": the current side is the table a (virtual) phone really
 * holds, read through the same engine a flash uses, and reading it writes nothing.
 */
public class LayoutDiffFromPhoneTest {

    static final String NO_PHONE = "Choose a port and a Download Agent in the Download view"
            + " (or start a virtual phone in the Device view)";

    @Test
    public void fromPhoneMakesThePhonesOwnTableTheCurrentSideAndWritesNothing() throws Exception {
        Path scatter = RomFolders.fromCorpus(FlashVirtualPhoneTest.CORPUS);
        Layout rom = ScatterFiles.read(scatter).layout();
        String port = startPhoneWithTableOf(scatter);
        VirtualPhoneHost host = UiServices.virtualPhones();

        LayoutDiffView view = Workbench.show(LayoutDiffView.ID, LayoutDiffView.class);
        Path other = SharedFiles.scatter(LayoutDiffViewTest.CORPUS);
        view.load(other, true);
        view.load(scatter, false);
        view.setMode(PlanMode.KEEP_DATA);
        UiTestSupport.waitUntil("the file-against-ROM diff", 10_000, () -> view.result() != null
                && view.result().diff().current().source().equals(other.toString())
                && view.result().diff().next().source().equals(scatter.toString()));

        List<Job> reads = new CopyOnWriteArrayList<>();
        IJobChangeListener watch = scheduledReads(reads);
        Job.getJobManager().addJobChangeListener(watch);
        try {
            fromPhoneButton(view).notifyListeners(SWT.Selection, new Event());
            UiTestSupport.waitUntil("the phone's table as the current side", 60_000,
                    () -> view.statusText().startsWith("Could not")
                            || (view.result() != null && view.result().diff().current() == view.currentLayout()
                                    && view.currentLayout().source().startsWith("device ")));
        } finally {
            Job.getJobManager().removeJobChangeListener(watch);
        }
        assertThat(view.statusText()).doesNotStartWith("Could not");
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).getName()).isEqualTo("Reading the partition table of " + port);
        assertThat(reads.get(0).isUser()).as("listed in the Progress view").isTrue();
        assertThat(view.currentSourceText()).isEqualTo("phone on " + port);

        // the current side is the table the phone was made with: the user area's partitions (the GPT
        // itself included, as pgpt and sgpt), each at the same start
        List<Partition> expected = rom.partitions().stream().filter(p -> p.region().equals(Region.EMMC_USER))
                .toList();
        assertThat(expected).anyMatch(TableEntries::isTable).anyMatch(p -> !TableEntries.isTable(p));
        Layout phone = view.currentLayout();
        assertThat(phone.partitions()).extracting(Partition::name)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Partition::name).toList());
        for (Partition want : expected) {
            Partition got = phone.find(want.name()).orElseThrow();
            if (!want.isEndRelative()) {
                assertThat(got.start()).as("start of %s", want.name()).isEqualTo(want.start());
            }
        }
        assertThat(view.result().diff().next().source()).isEqualTo(scatter.toString());
        List<DiffRow> rows = view.rows();
        assertThat(rows).isNotEmpty();
        assertThat(rows).anyMatch(r -> r.verdict().isPresent());
        assertThat(rows).extracting(DiffRow::name).containsAll(expected.stream().map(Partition::name).toList());
        assertThat(view.map().shown()).isNotEmpty();
        assertThat(host.journal(port).orElseThrow().isEmpty()).as("reading the table writes nothing").isTrue();
        assertThat(fromPhoneButton(view).isEnabled()).isTrue();
        Shots.ofPart(view, "layout-diff-from-phone");

        // the phone unplugged: a sentence in the status line, the phone's table stays the current side
        assertThat(host.stop(port)).isTrue();
        fromPhoneButton(view).notifyListeners(SWT.Selection, new Event());
        UiTestSupport.waitUntil("the failure in the status line", 30_000,
                () -> view.statusText().startsWith("Could not read the partition table of " + port + ": "));
        assertThat(view.statusText()).contains("cannot open " + port).endsWith("The current side is unchanged.")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(view.currentLayout()).isSameAs(phone);
        assertThat(view.currentSourceText()).isEqualTo("phone on " + port);
        UiTestSupport.waitUntil("From phone offered again", 5_000, () -> fromPhoneButton(view).isEnabled());
    }

    @Test
    public void withoutAPortTheStatusLineSaysWhatToDoAndNothingChanges() throws Exception {
        DownloadView download = Workbench.show(DownloadView.ID, DownloadView.class);
        String port = download.portSpec();
        download.setPort("");
        try {
            LayoutDiffView view = Workbench.show(LayoutDiffView.ID, LayoutDiffView.class);
            Path next = LayoutDiffViewTest.grownRecovery(Files.createTempDirectory("from-phone-test"));
            Layout current = ScatterFiles.read(SharedFiles.scatter(LayoutDiffViewTest.CORPUS)).layout();
            view.setLayouts(current, ScatterFiles.read(next).layout());
            UiTestSupport.waitUntil("the diff", 10_000,
                    () -> view.result() != null && view.result().diff().current() == current);
            var before = view.result();
            String source = view.currentSourceText();

            fromPhoneButton(view).notifyListeners(SWT.Selection, new Event());

            assertThat(view.statusText()).isEqualTo(NO_PHONE);
            assertThat(Job.getJobManager().find(null))
                    .noneMatch(j -> j.getName().startsWith("Reading the partition table"));
            assertThat(view.currentLayout()).isSameAs(current);
            assertThat(view.currentSourceText()).isEqualTo(source);
            assertThat(view.result()).isSameAs(before);
            assertThat(fromPhoneButton(view).isEnabled()).isTrue();
        } finally {
            download.setPort(port);
        }
    }

    @Test
    public void cancellingAReadOfASilentPhoneLeavesTheCurrentSideAlone() throws Exception {
        DownloadView download = Workbench.show(DownloadView.ID, DownloadView.class);
        String port = download.portSpec();
        Optional<Path> previousDa = download.daFile();
        Path da = Files.createTempDirectory("from-phone-test").resolve("DA.bin");
        Files.write(da, DaFileWriter.build(List.of(ChipProfiles.mt6765())));
        // a port that accepts the connection and then never says a word: the handshake would wait
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String silentPort = "tcp://127.0.0.1:" + silent.getLocalPort();
            download.useDevice(silentPort, da);
            LayoutDiffView view = Workbench.show(LayoutDiffView.ID, LayoutDiffView.class);
            Layout current = ScatterFiles.read(SharedFiles.scatter(LayoutDiffViewTest.CORPUS)).layout();
            view.setLayouts(current, current);
            UiTestSupport.waitUntil("the diff", 10_000,
                    () -> view.result() != null && view.result().diff().current() == current);
            String source = view.currentSourceText();

            fromPhoneButton(view).notifyListeners(SWT.Selection, new Event());
            assertThat(view.statusText()).startsWith("Reading the partition table of " + silentPort);
            assertThat(fromPhoneButton(view).isEnabled()).as("one read at a time").isFalse();
            UiTestSupport.waitUntil("the read to run", 10_000, () -> readJobs(silentPort).stream()
                    .anyMatch(j -> j.getState() == Job.RUNNING));
            readJobs(silentPort).forEach(Job::cancel);
            UiTestSupport.waitUntil("the cancellation in the status line", 30_000,
                    () -> view.statusText().equals("Reading the partition table of " + silentPort
                            + " was cancelled. The current side is unchanged."));
            assertThat(view.currentLayout()).isSameAs(current);
            assertThat(view.currentSourceText()).isEqualTo(source);
            UiTestSupport.waitUntil("From phone offered again", 5_000, () -> fromPhoneButton(view).isEnabled());
        } finally {
            previousDa.ifPresent(p -> download.useDevice(port, p));
            download.setPort(port);
        }
    }

    private static List<Job> readJobs(String port) {
        return List.of(Job.getJobManager().find(null)).stream()
                .filter(j -> j.getName().equals("Reading the partition table of " + port)).toList();
    }

    /** Starts a virtual phone from the Device view with the ROM's table; returns its port, now in the Download view. */
    private static String startPhoneWithTableOf(Path scatter) throws Exception {
        DownloadView download = DownloadViewTest.showKeepData(scatter);
        assertThat(download.nextLayout()).isPresent();
        VirtualPhoneHost host = UiServices.virtualPhones();
        Set<String> before = Set.copyOf(host.phones().stream().map(VirtualPhoneHost.RunningPhone::portSpec).toList());
        DeviceView devices = Workbench.show(DeviceView.ID, DeviceView.class);
        devices.startVirtualPhone();
        UiTestSupport.waitUntil("a new virtual phone in the Download view", 60_000,
                () -> devices.statusText().startsWith("Could not") || host.phones().stream()
                        .anyMatch(p -> !before.contains(p.portSpec()) && download.portSpec().equals(p.portSpec())));
        assertThat(devices.statusText()).doesNotStartWith("Could not");
        String port = download.portSpec();
        assertThat(host.phones()).filteredOn(p -> p.portSpec().equals(port)).singleElement()
                .satisfies(p -> assertThat(p.table()).contains("table of ").contains(scatter.getFileName().toString()));
        assertThat(host.journal(port).orElseThrow().isEmpty()).isTrue();
        return port;
    }

    private static Button fromPhoneButton(LayoutDiffView view) {
        // the first "From phone" is the current side's; the new side's stays disabled (a ROM is no phone)
        List<Button> buttons = new java.util.ArrayList<>();
        collect(FlashVirtualPhoneTest.controlOf(view), buttons);
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(1).isEnabled()).isFalse();
        return buttons.get(0);
    }

    private static void collect(org.eclipse.swt.widgets.Control root, List<Button> out) {
        if (root instanceof Button b && b.getText().equals("From phone")) {
            out.add(b);
        }
        if (root instanceof org.eclipse.swt.widgets.Composite c) {
            for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
                collect(child, out);
            }
        }
    }

    private static IJobChangeListener scheduledReads(List<Job> into) {
        return new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob().getName().startsWith("Reading the partition table")) {
                    into.add(event.getJob());
                }
            }
        };
    }
}
