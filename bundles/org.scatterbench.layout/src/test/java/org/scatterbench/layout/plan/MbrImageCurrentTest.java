package org.scatterbench.layout.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.layout.table.MbrEbrWriter;
import org.scatterbench.layout.table.PartitionTables;
import org.scatterbench.layout.testing.DiskTools;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.Layout;

/** A readback of an MBR-era phone names only its file systems: keep-data must refuse rather than guess. */
class MbrImageCurrentTest {

    @Test
    void keepDataAgainstAnMbrImageRefusesOnceAndSaysWhatToUseInstead(@TempDir Path dir) throws Exception {
        Layout scatter = LayoutBuilder.mt6582(0x10000000).build();
        Path img = DiskTools.sparseImage(dir, "readback.img", 0x30000000L);
        DiskTools.apply(img, new MbrEbrWriter().write(scatter));
        Layout current = PartitionTables.read(img);

        FlashPlan plan = new Planner().plan(PlanRequest.of(current, scatter, PlanMode.KEEP_DATA));

        assertThat(plan.refused()).isTrue();
        assertThat(plan.touchedRanges()).isEmpty();
        assertThat(plan.reasons()).filteredOn(r -> r.contains("UNLISTED_n")).hasSize(1);
        assertThat(plan.reasons()).anyMatch(r -> r.contains("old scatter file"));
    }
}
