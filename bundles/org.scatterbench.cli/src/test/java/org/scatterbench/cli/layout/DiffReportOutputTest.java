package org.scatterbench.cli.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.layout.SeedCasePlanTest.Result;
import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.report.DiffReport;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;

/** {@code layout diff --markdown/--html}: the workbench's export, from the command line. */
class DiffReportOutputTest {

    private static final String MBR_SCATTER = "v1.x/MT6582_AnimMouse_oppo_neo5.txt";

    @TempDir
    Path dir;

    private Path old;
    private Path next;

    /** The real MBR-era scatter and a copy with system grown, so CACHE and USRDATA move. */
    @BeforeEach
    void grownRom() throws Exception {
        old = Shared.scatter(MBR_SCATTER);
        String grown = new ScatterEdits(Files.readString(old, StandardCharsets.UTF_8))
                .add("ANDROID", "partition_size", 0x10000000L).add("CACHE", "linear_start_addr", 0x10000000L)
                .add("USRDATA", "linear_start_addr", 0x10000000L).toString();
        next = dir.resolve("grown.txt");
        Files.writeString(next, grown, StandardCharsets.UTF_8);
    }

    private DiffReport expected() throws Exception {
        Layout cur = ScatterFiles.read(old).layout();
        Layout nxt = ScatterFiles.read(next).layout();
        return new DiffReport(LayoutDiff.compare(cur, nxt),
                new Planner().plan(PlanRequest.of(cur, nxt, PlanMode.KEEP_DATA)));
    }

    @Test
    void markdownIsTheCoreReportWithTheKeepDataVerdicts() throws Exception {
        Result r = SeedCasePlanTest.run("layout", "diff", old.toString(), next.toString(), "--markdown");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(expected().markdown());
        assertThat(r.out()).startsWith("# Layout diff: ").contains("| CACHE | ").contains("moved")
                .contains("Mode keep-data: refused, nothing would be written.")
                .contains("## Why the plan is refused");
    }

    @Test
    void htmlIsTheCoreReport() throws Exception {
        Result r = SeedCasePlanTest.run("layout", "diff", old.toString(), next.toString(), "--html");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(expected().html());
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<tr class=\"moved\"><td>CACHE</td>");
    }

    @Test
    void onlyOneOutputFormatAtATime() {
        Result r = SeedCasePlanTest.run("layout", "diff", old.toString(), next.toString(), "--json", "--markdown");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("choose one of --json, --markdown and --html");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnreadableInputIsStillExitOneWithTheFileNamed() {
        Path missing = dir.resolve("missing.txt");
        Result r = SeedCasePlanTest.run("layout", "diff", missing.toString(), next.toString(), "--markdown");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("missing.txt");
        assertThat(r.out()).isEmpty();
    }
}
