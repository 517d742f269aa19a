package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterFormat;
import org.scatterbench.scatter.ui.editor.ScatterEditor;
import org.scatterbench.scatter.ui.model.PartitionRef;
import org.scatterbench.scatter.ui.model.ScatterColumn;
import org.scatterbench.scatter.ui.pages.PartitionsPage;
import org.scatterbench.scatter.ui.pages.SourcePage;
import org.scatterbench.ui.diagnostics.DiagnosticsView;
import org.scatterbench.ui.open.Opener;
import org.scatterbench.ui.open.RecentFiles;

/** The scatter editor on a real corpus file: edit in place, diagnostics, undo/redo, source page, save. */
public class ScatterEditorTest {

    private static final String CORPUS = "v1.x/MT6765_Dewil-King_k65v1.txt";
    private Path copy;
    private byte[] original;
    private ScatterEditor editor;

    @BeforeEach
    public void open() throws Exception {
        Path dir = Files.createTempDirectory("scatter-editor-test");
        copy = dir.resolve("MT6765_Android_scatter.txt");
        Files.copy(SharedFiles.scatter(CORPUS), copy);
        original = Files.readAllBytes(copy);
        IEditorPart part = new Opener(Workbench.page()).openScatter(copy).orElseThrow();
        editor = (ScatterEditor) part;
        UiTestSupport.settle(100);
    }

    @AfterEach
    public void close() {
        Workbench.page().closeEditor(editor, false);
    }

    @Test
    public void editASizeSeeTheDiagnosticUndoItAndSaveTheOriginalBytes() throws Exception {
        DiagnosticsView diagnostics = Workbench.show(DiagnosticsView.ID, DiagnosticsView.class);
        Workbench.page().activate(editor);
        assertThat(errors(diagnostics.shown())).isEmpty();
        assertThat(new RecentFiles().list()).startsWith(copy.toAbsolutePath().normalize());

        PartitionsPage page = editor.partitionsPage();
        PartitionRef recovery = editor.model().find("recovery").orElseThrow();
        Partition p = editor.model().document().layout().find("recovery").orElseThrow();
        String bigger = String.format("0x%x", p.size() + 0x100000000L);

        Text cell = startEditing(page, recovery, ScatterColumn.SIZE);
        cell.setText(bigger);
        // validation as you type: the form header warns before anything is committed
        assertThat(page.form().getMessage()).contains("recovery");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        UiTestSupport.waitUntil("the size to be committed", 5_000,
                () -> editor.model().value(recovery, ScatterColumn.SIZE).equals(bigger));

        UiTestSupport.waitUntil("an error in the Diagnostics view", 5_000, () -> !errors(diagnostics.shown()).isEmpty());
        assertThat(errors(diagnostics.shown())).extracting(Diagnostic::code).contains("SCATTER_OVERLAP");
        assertThat(page.diagnosticsViewer().getTable().getItemCount()).isGreaterThan(0);
        assertThat(editor.isDirty()).isTrue();
        Shots.ofWindow("scatter-editor-diagnostics");

        Workbench.command("org.eclipse.ui.file.save");
        assertThat(Files.readAllBytes(copy)).isNotEqualTo(original);
        assertThat(new String(Files.readAllBytes(copy), "UTF-8")).contains(bigger);

        Workbench.command("org.eclipse.ui.edit.undo");
        UiTestSupport.waitUntil("the error to disappear", 5_000, () -> errors(diagnostics.shown()).isEmpty());
        assertThat(editor.model().value(recovery, ScatterColumn.SIZE)).isEqualTo(String.format("0x%x", p.size()));
        assertThat(editor.isDirty()).isTrue();

        Workbench.command("org.eclipse.ui.edit.redo");
        UiTestSupport.waitUntil("the error to come back", 5_000, () -> !errors(diagnostics.shown()).isEmpty());
        Workbench.command("org.eclipse.ui.edit.undo");
        UiTestSupport.waitUntil("the error to disappear again", 5_000, () -> errors(diagnostics.shown()).isEmpty());

        Workbench.command("org.eclipse.ui.file.save");
        assertThat(Files.readAllBytes(copy)).isEqualTo(original);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    public void sourceEditsAreReparsedOnPageChangeAndUndoable() throws Exception {
        editor.setActivePage(SourcePage.ID);
        SourcePage source = editor.sourcePage();
        String text = source.widget().getText();
        assertThat(text).isEqualTo(editor.model().document().text());
        source.widget().setText(text.replace("partition_name: recovery", "partition_name: recovery2"));
        assertThat(editor.isDirty()).isTrue();
        editor.setActivePage(PartitionsPage.ID);
        UiTestSupport.settle(50);
        assertThat(editor.model().find("recovery2")).isPresent();
        Table table = editor.partitionsPage().table().getTable();
        assertThat(columnTexts(table, 0)).contains("recovery2");

        Workbench.page().activate(editor);
        Workbench.command("org.eclipse.ui.edit.undo");
        assertThat(editor.model().find("recovery2")).isEmpty();
        assertThat(editor.model().document().toBytes()).isEqualTo(original);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    public void aDiagnosticJumpsToItsRow() throws Exception {
        PartitionRef frp = editor.model().find("frp").orElseThrow();
        Partition p = editor.model().document().layout().find("frp").orElseThrow();
        editor.model().setField(frp, "partition_size", String.format("0x%x", p.size() + 0x40000000L));
        Diagnostic d = errors(editor.model().diagnostics()).get(0);
        editor.reveal(d);
        PartitionRef selected = (PartitionRef) editor.partitionsPage().table().getStructuredSelection().getFirstElement();
        assertThat(editor.model().value(selected, ScatterColumn.NAME)).isEqualTo(d.partition());
    }

    @Test
    public void saveAsAnotherGenerationKeepsTheLayout() throws Exception {
        Layout before = editor.model().document().layout();
        Path xml = copy.resolveSibling("converted_scatter.xml");
        editor.saveAs(xml, ScatterFormat.XML);
        assertThat(ScatterFiles.read(xml).format()).isEqualTo(ScatterFormat.XML);
        assertThat(ScatterFiles.read(xml).layout().partitions()).extracting(Partition::name, Partition::start,
                Partition::size).isEqualTo(before.partitions().stream()
                        .map(x -> org.assertj.core.groups.Tuple.tuple(x.name(), x.start(), x.size())).toList());
        assertThat(editor.getPartName()).isEqualTo("converted_scatter.xml");
        assertThat(editor.isDirty()).isFalse();
    }

    static Text startEditing(PartitionsPage page, PartitionRef ref, ScatterColumn column) {
        page.table().editElement(ref, column.ordinal());
        Text text = UiTestSupport.find(page.table().getTable(), Text.class, t -> t.isVisible());
        assertThat(text).as("cell editor of " + column).isNotNull();
        return text;
    }

    static List<Diagnostic> errors(List<Diagnostic> all) {
        return all.stream().filter(Diagnostic::isError).toList();
    }

    static List<String> columnTexts(Table table, int column) {
        java.util.ArrayList<String> l = new java.util.ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            l.add(table.getItem(i).getText(column));
        }
        return l;
    }
}
