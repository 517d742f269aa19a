package org.scatterbench.layout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.layout.diff.Change;
import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.Layout;

class DiffReportTest {

    private static final long MIB = 1024 * 1024;

    private static DiffReport report(Layout current, Layout next) {
        return new DiffReport(LayoutDiff.compare(current, next),
                new Planner().plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA)));
    }

    private static FlashPlan plan(Layout current, Layout next) {
        return new Planner().plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));
    }

    @Test
    void markdownHasOneTableRowPerDiffEntryWithTheDiffsAndPlannersWords() {
        Layout current = new LayoutBuilder("old.txt").image("boot", 16 * MIB).image("system", 64 * MIB)
                .image("misc", MIB).fs("userdata", 64 * MIB).build();
        Layout next = new LayoutBuilder("new.txt").image("boot", 16 * MIB).image("system", 64 * MIB)
                .image("misc", MIB).fs("userdata", 64 * MIB).build();
        LayoutDiff diff = LayoutDiff.compare(current, next);
        FlashPlan plan = plan(current, next);

        String md = new DiffReport(diff, plan).markdown();

        assertThat(md).startsWith("# Layout diff: old.txt → new.txt\n\n");
        assertThat(plan.refused()).isFalse();
        assertThat(md).contains("Mode keep-data: " + plan.steps().size() + " steps.");
        assertThat(md).contains("| Partition | Region | Current start | Current size | New start | New size | Change"
                + " | Verdict | Reason |\n|---|---|---|---|---|---|---|---|---|\n");
        List<DiffRow> rows = DiffRow.of(diff, plan);
        assertThat(rows).hasSize(diff.entries().size());
        for (DiffRow r : rows) {
            assertThat(r.verdictText()).isNotEmpty();
            assertThat(md).contains("| " + r.name() + " | " + r.region() + " | " + r.currentStart() + " | "
                    + r.currentSize() + " | " + r.nextStart() + " | " + r.nextSize() + " | " + r.changeText() + " | "
                    + r.verdictText() + " | ");
        }
        assertThat(md).contains("| userdata | EMMC_USER | 0x5100000 | 0x4000000 | 0x5100000 | 0x4000000 | ");
        assertThat(md).contains("## Steps\n\n1. " + plan.steps().get(0).description() + "\n");
        assertThat(md).doesNotContain("Why the plan is refused");
    }

    @Test
    void aRefusedPlanListsItsReasonsAndNoSteps() {
        Layout current = new LayoutBuilder("cur").image("boot", 16 * MIB).fs("userdata", 64 * MIB).build();
        Layout next = new LayoutBuilder("new").image("boot", 32 * MIB).fs("userdata", 64 * MIB).build();
        FlashPlan plan = plan(current, next);
        assertThat(plan.refused()).as("keep-data must refuse to move userdata").isTrue();

        DiffReport report = report(current, next);

        assertThat(report.markdown()).contains("Mode keep-data: refused, nothing would be written.")
                .contains("## Why the plan is refused\n\n- " + plan.reasons().get(0).replace("|", "\\|"))
                .doesNotContain("## Steps");
        assertThat(report.html()).contains("<h2>Why the plan is refused</h2>")
                .contains("<tr class=\"" + Change.MOVED.jsonName() + "\"><td>userdata</td>");
    }

    @Test
    void addedAndRemovedPartitionsLeaveTheMissingSideEmpty() {
        Layout current = new LayoutBuilder("cur").image("boot", 16 * MIB).image("misc", MIB).build();
        Layout next = new LayoutBuilder("new").image("boot", 16 * MIB).image("vendor", MIB).build();

        String md = report(current, next).markdown();

        assertThat(md).contains("| misc | EMMC_USER | 0x1000000 | 0x100000 |  |  | removed |");
        assertThat(md).contains("| vendor | EMMC_USER |  |  | 0x1000000 | 0x100000 | added |");
    }

    @Test
    void markdownEscapesTableBreakersAndHtmlEscapesMarkup() {
        Layout current = new LayoutBuilder("a|b <&> \"q\"").image("boot", 16 * MIB).build();
        Layout next = new LayoutBuilder("new").image("boot", 16 * MIB).build();

        DiffReport report = report(current, next);

        assertThat(report.markdown()).startsWith("# Layout diff: a\\|b <&> \"q\" → new\n");
        assertThat(report.html()).startsWith("<!DOCTYPE html>\n")
                .contains("<h1>Layout diff: a|b &lt;&amp;&gt; &quot;q&quot; &rarr; new</h1>")
                .doesNotContain("<&>")
                .endsWith("</body></html>\n");
    }

    @Test
    void withoutAPlanTheRowsCarryNoVerdict() {
        Layout current = new LayoutBuilder("cur").image("boot", 16 * MIB).build();
        Layout next = new LayoutBuilder("new").image("boot", 32 * MIB).build();

        List<DiffRow> rows = DiffRow.of(LayoutDiff.compare(current, next), null);

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.change()).isEqualTo(Change.RESIZED);
            assertThat(r.verdictText()).isEmpty();
            assertThat(r.reason()).isEmpty();
            assertThat(r.nextSize()).isEqualTo("0x2000000");
        });
    }
}
