package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterFormat;
import org.scatterbench.scatter.ui.editor.ScatterEditor;
import org.scatterbench.scatter.ui.model.PartitionRef;
import org.scatterbench.scatter.ui.model.ScatterColumn;
import org.scatterbench.scatter.ui.ops.SetFieldOperation;
import org.scatterbench.scatter.ui.pages.PartitionsPage;
import org.scatterbench.scatter.ui.pages.SourcePage;
import org.scatterbench.ui.open.Opener;

/**
 * The scatter editor must never lose or garble the user's data: encodings, dirty state of source
 * typing, undo while typing, history after a converting Save As, untouched combo cells, files
 * changed on disk.
 */
public class ScatterEditorSafetyTest {

    private static final String V1 = "v1.x/MT6765_Dewil-King_k65v1.txt";
    private ScatterEditor editor;
    private Path file;

    private void open(String corpus, byte[] prefix) throws Exception {
        Path dir = Files.createTempDirectory("scatter-editor-safety");
        file = dir.resolve("MT_Android_scatter.txt");
        byte[] body = Files.readAllBytes(SharedFiles.scatter(corpus));
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        Files.write(file, all);
        IEditorPart part = new Opener(Workbench.page()).openScatter(file).orElseThrow();
        editor = (ScatterEditor) part;
        UiTestSupport.settle(100);
    }

    @AfterEach
    public void close() {
        if (editor != null) {
            Workbench.page().closeEditor(editor, false);
        }
    }

    @Test
    public void aLatin1FileStaysLatin1AfterASourceEdit() throws Exception {
        byte[] comment = "# Partitionsgr\u00f6\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1);
        open(V1, comment);
        byte[] original = Files.readAllBytes(file);
        editor.setActivePage(SourcePage.ID);
        SourcePage source = editor.sourcePage();
        String text = source.widget().getText();
        assertThat(text).startsWith("# Partitionsgr\u00f6\u00dfe\n");
        source.widget().setText(text.replace("partition_name: recovery", "partition_name: r\u00e9covery"));
        editor.setActivePage(PartitionsPage.ID);
        assertThat(editor.model().find("r\u00e9covery")).isPresent();
        Workbench.page().activate(editor);
        Workbench.command("org.eclipse.ui.file.save");
        String expected = new String(original, StandardCharsets.ISO_8859_1)
                .replace("partition_name: recovery", "partition_name: r\u00e9covery");
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.getBytes(StandardCharsets.ISO_8859_1));

        // a character Latin-1 cannot hold is refused with a message, not written as '?'
        editor.setActivePage(SourcePage.ID);
        source.widget().setText(source.widget().getText().replace("r\u00e9covery", "recovery\u20ac"));
        editor.setActivePage(PartitionsPage.ID);
        assertThat(editor.getActivePage()).isEqualTo(1);
        assertThat(source.getManagedForm().getForm().getMessage()).contains("U+20AC").contains("ISO-8859-1");
        assertThat(editor.model().find("r\u00e9covery")).isPresent();
    }

    @Test
    public void typingOnTheSourcePageMakesTheEditorDirtyAtOnceAndSavingCleansIt() throws Exception {
        open(V1, new byte[0]);
        List<Integer> fired = new ArrayList<>();
        editor.addPropertyListener((src, prop) -> fired.add(prop));
        editor.setActivePage(SourcePage.ID);
        assertThat(editor.isDirty()).isFalse();
        SourcePage source = editor.sourcePage();
        source.widget().replaceTextRange(0, 0, "# typed\n");
        assertThat(fired).contains(FormEditor.PROP_DIRTY);
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.isSaveOnCloseNeeded()).isTrue();

        fired.clear();
        Workbench.page().activate(editor);
        Workbench.command("org.eclipse.ui.file.save");
        assertThat(editor.isDirty()).isFalse();
        assertThat(fired).contains(FormEditor.PROP_DIRTY);
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).startsWith("# typed\n");
    }

    @Test
    public void undoWithUnparsedTypingTakesBackTheTypingAndNeverResurrectsAnUndoneEdit() throws Exception {
        open(V1, new byte[0]);
        byte[] original = Files.readAllBytes(file);
        PartitionRef recovery = editor.model().find("recovery").orElseThrow();
        String size = editor.model().value(recovery, ScatterColumn.SIZE);
        editor.execute(new SetFieldOperation(editor.model(), recovery, "partition_size", "0x12345000",
                editor.undoContext()));
        editor.setActivePage(SourcePage.ID);
        SourcePage source = editor.sourcePage();
        assertThat(source.text()).contains("partition_size: 0x12345000");
        source.widget().setText(source.text().replace("partition_name: recovery", "partition_name: recovery2"));

        Workbench.page().activate(editor);
        Workbench.command("org.eclipse.ui.edit.undo");
        // the typing is what was undone; text and model agree
        assertThat(source.isModified()).isFalse();
        assertThat(source.text()).isEqualTo(editor.model().document().text());
        assertThat(editor.model().find("recovery2")).isEmpty();
        assertThat(editor.model().value(recovery, ScatterColumn.SIZE)).isEqualTo("0x12345000");

        Workbench.command("org.eclipse.ui.edit.undo");
        assertThat(editor.model().value(recovery, ScatterColumn.SIZE)).isEqualTo(size);
        assertThat(source.text()).doesNotContain("0x12345000").isEqualTo(editor.model().document().text());
        editor.setActivePage(PartitionsPage.ID);
        assertThat(editor.model().document().toBytes()).isEqualTo(original);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    public void saveAsAnotherGenerationClearsTheHistoryAndRefreshesTheHeader() throws Exception {
        open(V1, new byte[0]);
        editor.setActivePage(SourcePage.ID);
        SourcePage source = editor.sourcePage();
        source.widget().setText(source.text().replace("partition_name: recovery", "partition_name: recovery2"));
        editor.setActivePage(PartitionsPage.ID);
        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        assertThat(history.canUndo(editor.undoContext())).isTrue();
        assertThat(editor.partitionsPage().form().getText()).contains("MT_Android_scatter.txt").contains("V1");

        Path xml = file.resolveSibling("converted_scatter.xml");
        editor.saveAs(xml, ScatterFormat.XML);
        assertThat(history.canUndo(editor.undoContext())).isFalse();
        assertThat(history.canRedo(editor.undoContext())).isFalse();
        assertThat(editor.partitionsPage().form().getText()).contains("converted_scatter.xml").contains("XML");
        assertThat(editor.model().document().format()).isEqualTo(ScatterFormat.XML);
        assertThat(ScatterFiles.read(xml).format()).isEqualTo(ScatterFormat.XML);
        assertThat(ScatterFiles.read(xml).layout().find("recovery2")).isPresent();
    }

    @Test
    public void anUntouchedOperationCellKeepsAValueTheChoiceListDoesNotKnow() throws Exception {
        open("v1.x/MT6572_smichalowski_accuchek_solo.txt", new byte[0]);
        PartitionRef preloader = editor.model().find("PRELOADER").orElseThrow();
        assertThat(editor.model().value(preloader, ScatterColumn.OPERATION)).isEqualTo("BOOTLOADER");
        PartitionsPage page = editor.partitionsPage();
        page.table().editElement(preloader, ScatterColumn.OPERATION.ordinal());
        CCombo combo = UiTestSupport.find(page.table().getTable(), CCombo.class, c -> c.isVisible());
        assertThat(combo).isNotNull();
        assertThat(combo.getText()).isEqualTo("BOOTLOADER");
        page.table().applyEditorValue();
        assertThat(editor.model().value(preloader, ScatterColumn.OPERATION)).isEqualTo("BOOTLOADER");
        assertThat(editor.isDirty()).isFalse();

        // the real choices still work
        page.table().editElement(preloader, ScatterColumn.OPERATION.ordinal());
        combo = UiTestSupport.find(page.table().getTable(), CCombo.class, c -> c.isVisible());
        combo.select(combo.indexOf("UPDATE"));
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        UiTestSupport.waitUntil("UPDATE to be committed", 5_000,
                () -> editor.model().value(preloader, ScatterColumn.OPERATION).equals("UPDATE"));
    }

    @Test
    public void saveRefusesToOverwriteAFileChangedOnDisk() throws Exception {
        open(V1, new byte[0]);
        PartitionRef recovery = editor.model().find("recovery").orElseThrow();
        editor.execute(new SetFieldOperation(editor.model(), recovery, "partition_size", "0x12345000",
                editor.undoContext()));
        byte[] theirs = (new String(Files.readAllBytes(file), StandardCharsets.UTF_8) + "# another program\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, theirs);
        Workbench.page().activate(editor);
        Workbench.command("org.eclipse.ui.file.save");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.partitionsPage().form().getMessage()).contains("changed on disk");
    }
}
