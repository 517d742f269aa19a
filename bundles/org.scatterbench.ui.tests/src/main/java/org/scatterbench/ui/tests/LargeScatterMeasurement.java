package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.scatterbench.layout.ui.diff.LayoutDiffView;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ui.editor.ScatterEditor;
import org.scatterbench.ui.open.Opener;

/**
 * Opens a generated 200-partition scatter in the editor and in the Layout Diff view and prints how
 * long each took. A measurement, not a timing assertion: the figures go into the report.
 */
public class LargeScatterMeasurement {

    static final int PARTITIONS = 200;

    /** The corpus file's header, then 200 user-area partitions of 16 MiB each. */
    static Path generate(Path dir, String name, long firstSize) throws Exception {
        String corpus = Files.readString(SharedFiles.scatter("v1.x/MT6765_Dewil-King_k65v1.txt"),
                StandardCharsets.ISO_8859_1);
        String header = corpus.substring(0, corpus.indexOf("- partition_index:"));
        StringBuilder sb = new StringBuilder(header);
        long start = 0;
        for (int i = 0; i < PARTITIONS; i++) {
            long size = i == 0 ? firstSize : 16L << 20;
            sb.append("- partition_index: SYS").append(i).append('\n')
                    .append("  partition_name: part").append(i).append('\n')
                    .append("  file_name: part").append(i).append(".img\n")
                    .append("  is_download: true\n  type: NORMAL_ROM\n")
                    .append("  linear_start_addr: 0x").append(Long.toHexString(start)).append('\n')
                    .append("  physical_start_addr: 0x").append(Long.toHexString(start)).append('\n')
                    .append("  partition_size: 0x").append(Long.toHexString(size)).append('\n')
                    .append("  region: EMMC_USER\n  storage: HW_STORAGE_EMMC\n  boundary_check: true\n")
                    .append("  is_reserved: false\n  operation_type: UPDATE\n  reserve: 0x00\n\n");
            start += size;
        }
        Path file = dir.resolve(name);
        Files.writeString(file, sb.toString(), StandardCharsets.ISO_8859_1);
        return file;
    }

    @Test
    public void open200PartitionsInTheEditorAndTheDiffView() throws Exception {
        Path dir = Files.createTempDirectory("large-scatter");
        Path current = generate(dir, "current_scatter.txt", 16L << 20);
        Path next = generate(dir, "new_scatter.txt", 32L << 20);

        long t0 = System.nanoTime();
        ScatterEditor editor = (ScatterEditor) new Opener(Workbench.page()).openScatter(current).orElseThrow();
        UiTestSupport.waitUntil("200 rows", 10_000,
                () -> editor.partitionsPage().table().getTable().getItemCount() == PARTITIONS);
        long editorMs = (System.nanoTime() - t0) / 1_000_000;

        Layout a = ScatterFiles.read(current).layout();
        Layout b = ScatterFiles.read(next).layout();
        LayoutDiffView view = Workbench.show(LayoutDiffView.ID, LayoutDiffView.class);
        long t1 = System.nanoTime();
        view.setLayouts(a, b);
        UiTestSupport.waitUntil("the 200-row diff", 20_000,
                () -> view.result() != null && view.result().diff().next() == b && view.rows().size() >= PARTITIONS);
        long diffMs = (System.nanoTime() - t1) / 1_000_000;

        System.out.println("MEASURE scatter editor, " + PARTITIONS + " partitions: " + editorMs + " ms to open");
        System.out.println("MEASURE layout diff view, " + PARTITIONS + " partitions: " + diffMs
                + " ms until shown (diff + plan in the job: " + view.lastComputeMillis() + " ms)");
        assertThat(editor.partitionsPage().table().getTable().getItemCount()).isEqualTo(PARTITIONS);
        Workbench.page().closeEditor(editor, false);
    }
}
