package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.plan.Verdict;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.ui.download.DownloadView;

/** The Download view plans with the core Planner, ticks what the plan writes, and never starts a refused plan. */
public class DownloadViewTest {

    static final String CORPUS = "v1.x/MT6765_Dewil-King_k65v1.txt";

    @Test
    public void keepMyDataTicksWhatThePlannerWritesAndPresetsReplan() throws Exception {
        Path scatter = RomFolders.fromCorpus(CORPUS);
        Layout layout = ScatterFiles.read(scatter).layout();
        DownloadView view = showKeepData(scatter);

        FlashPlan expected = new Planner().plan(PlanRequest.of(layout, layout, PlanMode.KEEP_DATA)
                .withRom(scatter.getParent()));
        assertThat(view.currentPlan().refused()).isEqualTo(expected.refused());
        Table table = view.table().viewer().getTable();
        assertThat(table.getItemCount()).isEqualTo(layout.partitions().size());
        assertThat(table.getColumn(0).getText()).isEqualTo("Name");
        assertThat(table.getColumn(1).getText()).isEqualTo("Begin Address");
        assertThat(table.getColumn(2).getText()).isEqualTo("End Address");
        assertThat(table.getColumn(3).getText()).isEqualTo("Region");
        assertThat(table.getColumn(4).getText()).isEqualTo("Location");
        assertThat(table.getColumn(5).getText()).isEqualTo("Verdict");
        int written = 0;
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            String name = item.getText(0);
            Optional<Verdict> v = expected.verdictOf(name).map(x -> x.verdict());
            assertThat(item.getText(5)).as(name).isEqualTo(v.map(Verdict::jsonName).orElse(""));
            assertThat(item.getChecked()).as("ticked " + name).isEqualTo(v.orElse(null) == Verdict.WRITTEN);
            written += item.getChecked() ? 1 : 0;
        }
        assertThat(written).isPositive();
        assertThat(view.summaryText()).startsWith(written + " partitions written").contains("user data kept");
        assertThat(view.startButton().isEnabled()).isFalse();
        assertThat(view.startBlockerText()).isNotEmpty();
        Shots.ofPart(view, "download-keep-data");

        // untick a written partition: it is no longer written, and the plan says so
        TableItem first = null;
        for (TableItem item : table.getItems()) {
            if (item.getChecked() && item.getText(0).equals("recovery")) {
                first = item;
            }
        }
        assertThat(first).isNotNull();
        first.setChecked(false);
        Event e = new Event();
        e.detail = SWT.CHECK;
        e.item = first;
        table.notifyListeners(SWT.Selection, e);
        UiTestSupport.waitUntil("recovery to be dropped from the plan", 10_000, () -> view.currentPlan() != null
                && view.currentPlan().verdictOf("recovery").map(x -> x.verdict() != Verdict.WRITTEN).orElse(false));

        // a preset ticks for the user and re-plans; a refused plan cannot start
        Button formatAll = view.modeButton(PlanMode.FORMAT_ALL);
        view.modeButton(PlanMode.KEEP_DATA).setSelection(false);
        formatAll.setSelection(true);
        formatAll.notifyListeners(SWT.Selection, new Event());
        waitForPlan(view, PlanMode.FORMAT_ALL);
        FlashPlan format = new Planner().plan(PlanRequest.of(layout, layout, PlanMode.FORMAT_ALL)
                .withRom(scatter.getParent()));
        assertThat(view.currentPlan().refused()).isEqualTo(format.refused());
        if (format.refused()) {
            assertThat(view.startButton().isEnabled()).isFalse();
            assertThat(view.startBlockerText()).startsWith("Refused:").contains(format.reasons().get(0));
        } else {
            assertThat(view.summaryText()).doesNotContain("user data kept");
        }
    }

    @Test
    public void aPhoneWithAnotherLayoutRefusesKeepMyDataAndSaysWhyBesideStart() throws Exception {
        Path scatter = RomFolders.fromCorpus(CORPUS);
        Path phone = LayoutDiffViewTest.grownRecovery(java.nio.file.Files.createTempDirectory("phone-layout"));
        DownloadView view = showKeepData(scatter);
        view.setCurrentLayoutFile(phone);
        UiTestSupport.waitUntil("a refused plan", 10_000, () -> view.currentPlan() != null && view.currentPlan().refused());
        assertThat(view.startButton().isEnabled()).isFalse();
        assertThat(view.startBlockerText()).startsWith("Refused:");
        assertThat(view.summaryText()).startsWith("Refused: nothing will be written.");
        Shots.ofPart(view, "download-refused");
    }

    /** The Download view with {@code scatter} loaded and its keep-data plan made, no current-layout file. */
    static DownloadView showKeepData(Path scatter) throws org.eclipse.ui.PartInitException {
        DownloadView view = Workbench.show(DownloadView.ID, DownloadView.class);
        view.clearCurrentLayout();
        view.selectMode(PlanMode.KEEP_DATA);
        view.setScatterFile(scatter);
        waitForPlan(view, PlanMode.KEEP_DATA);
        return view;
    }

    static void waitForPlan(DownloadView view, PlanMode mode) {
        UiTestSupport.waitUntil("a " + mode + " plan", 10_000,
                () -> view.currentPlan() != null && view.currentPlan().mode() == mode);
    }
}
