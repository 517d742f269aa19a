package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.scatterbench.layout.diff.Change;
import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.ui.diff.ChangeColours;
import org.scatterbench.layout.ui.diff.DiffTable;
import org.scatterbench.layout.ui.diff.LayoutDiffView;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterFiles;

/**
 * Opens the phone's current layout (a corpus scatter) and a new ROM that grows recovery, and reads
 * the verdicts back from the diff table's widgets: they must be the planner's, row by row.
 */
public class LayoutDiffViewTest {

    static final String CORPUS = "v1.x/MT6765_Dewil-King_k65v1.txt";

    /** A "new ROM": the corpus file with recovery 64 MiB larger, so everything after it moves. */
    static Path grownRecovery(Path dir) throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedFiles.scatter(CORPUS));
        Partition recovery = doc.layout().find("recovery").orElseThrow();
        int pos = doc.positionOf(doc.layout().storage(), "recovery");
        doc.setField(doc.layout().storage(), pos, "partition_size", String.format("0x%x", recovery.size() + (64L << 20)));
        long shift = 64L << 20;
        List<Partition> parts = doc.layout().partitions();
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            if (p.start() > recovery.start() && !p.isEndRelative() && p.linearStart().isPresent()) {
                doc.setField(doc.layout().storage(), i, "linear_start_addr", String.format("0x%x", p.start() + shift));
                doc.setField(doc.layout().storage(), i, "physical_start_addr", String.format("0x%x", p.start() + shift));
            }
        }
        Path out = dir.resolve("new_scatter.txt");
        Files.write(out, doc.toBytes());
        return out;
    }

    @Test
    public void verdictsInTheTableAreThePlannersRowByRow() throws Exception {
        Path dir = Files.createTempDirectory("layout-diff-test");
        Path next = grownRecovery(dir);
        LayoutDiffView view = Workbench.show(LayoutDiffView.ID, LayoutDiffView.class);
        view.load(SharedFiles.scatter(CORPUS), true);
        view.load(next, false);
        view.setMode(PlanMode.KEEP_DATA);
        UiTestSupport.waitUntil("the diff rows", 10_000, () -> view.result() != null
                && view.result().plan().mode() == PlanMode.KEEP_DATA && !view.rows().isEmpty());

        Layout current = ScatterFiles.read(SharedFiles.scatter(CORPUS)).layout();
        Layout nextLayout = ScatterFiles.read(next).layout();
        LayoutDiff diff = LayoutDiff.compare(current, nextLayout);
        FlashPlan plan = new Planner().plan(PlanRequest.of(current, nextLayout, PlanMode.KEEP_DATA));

        Table table = view.table().viewer().getTable();
        assertThat(table.getItemCount()).isEqualTo(diff.entries().size());
        int name = DiffTable.COLUMNS.indexOf("Partition");
        int change = DiffTable.COLUMNS.indexOf("Change");
        int verdict = DiffTable.COLUMNS.indexOf("Verdict");
        List<String> verdictsShown = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            DiffEntry e = diff.entries().get(i);
            assertThat(item.getText(name)).isEqualTo(e.name());
            assertThat(item.getText(change)).startsWith(e.change().jsonName());
            String expected = plan.verdictOf(e.name()).map(v -> v.verdict().jsonName()).orElse("");
            assertThat(item.getText(verdict)).as("verdict of " + e.name()).isEqualTo(expected);
            verdictsShown.add(item.getText(verdict));
            if (e.change() == Change.MOVED) {
                assertThat(item.getBackground(change)).isEqualTo(ChangeColours.of(Change.MOVED));
            }
        }
        assertThat(verdictsShown).anyMatch(v -> !v.isEmpty());
        assertThat(diff.entries()).anyMatch(e -> e.change() == Change.MOVED);
        assertThat(view.map().shown()).isNotEmpty();
        Shots.ofPart(view, "layout-diff");

        Path md = dir.resolve("report.md");
        view.export(md);
        String report = Files.readString(md);
        assertThat(report).contains("| Partition |", "recovery", plan.mode().cliName());
        Path html = dir.resolve("report.html");
        view.export(html);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<td>recovery</td>");
    }
}
