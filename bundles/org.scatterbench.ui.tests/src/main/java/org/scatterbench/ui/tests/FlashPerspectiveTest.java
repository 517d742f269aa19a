package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.scatterbench.ui.FlashPerspective;
import org.scatterbench.ui.device.DeviceView;
import org.scatterbench.ui.diagnostics.DiagnosticsView;
import org.scatterbench.ui.download.DownloadView;
import org.scatterbench.ui.log.LogView;
import org.scatterbench.ui.open.EditorIds;
import org.scatterbench.ui.open.Opener;
import org.scatterbench.ui.open.RecentFiles;
import org.scatterbench.ui.prefs.FlashPreferencePage;
import org.scatterbench.ui.prefs.WorkbenchPreferences;

/** The Flash perspective's views, the commands with their key bindings, the preference page and the log. */
public class FlashPerspectiveTest {

    @Test
    public void theFlashPerspectiveShowsEveryViewAndTheEditorArea() throws Exception {
        Workbench.page().setPerspective(Workbench.window().getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(FlashPerspective.ID));
        Workbench.page().resetPerspective();
        UiTestSupport.settle(200);
        List<String> ids = new ArrayList<>();
        for (IViewReference ref : Workbench.page().getViewReferences()) {
            ids.add(ref.getId());
        }
        assertThat(ids).contains(DeviceView.ID, DownloadView.ID, LogView.ID, DiagnosticsView.ID,
                FlashPerspective.PROGRESS_VIEW_ID, EditorIds.LAYOUT_DIFF_VIEW);
        assertThat(Workbench.page().isEditorAreaVisible()).isTrue();
        Shots.ofWindow("flash-perspective");
    }

    @Test
    public void commandsAreDefinedAndBoundToKeys() {
        ICommandService commands = Workbench.window().getService(ICommandService.class);
        IBindingService bindings = Workbench.window().getService(IBindingService.class);
        for (String id : List.of("org.scatterbench.ui.commands.openScatter", "org.scatterbench.ui.commands.openRomFolder",
                "org.scatterbench.ui.commands.refreshDevices", "org.scatterbench.ui.commands.startVirtualPhone",
                "org.scatterbench.ui.commands.startDownload")) {
            Command c = commands.getCommand(id);
            assertThat(c.isDefined()).as(id).isTrue();
            assertThat(c.isHandled()).as(id + " has a handler").isTrue();
            TriggerSequence[] keys = bindings.getActiveBindingsFor(id);
            assertThat(keys).as(id + " key binding").isNotEmpty();
        }
        assertThat(bindings.getBestActiveBindingFormattedFor("org.scatterbench.ui.commands.openScatter"))
                .isEqualTo("Ctrl+O");
    }

    @Test
    public void thePreferencePageStoresTheReadTimeoutAndVerifyFlag() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.window().getShell(),
                FlashPreferencePage.ID, new String[] { FlashPreferencePage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiTestSupport.settle(100);
            Text timeout = textAfterLabel(dialog, "&Read timeout (ms):");
            timeout.setText("1234");
            Button verify = UiTestSupport.find(dialog.getShell(), Button.class,
                    b -> b.getText().startsWith("&Verify every partition"));
            boolean was = new WorkbenchPreferences().verifyAfterWrite();
            verify.setSelection(!was);
            verify.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            UiTestSupport.screenshot(dialog.getShell(), "preferences");
            Button ok = UiTestSupport.find(dialog.getShell(), Button.class,
                    b -> b.getText().replace("&", "").startsWith("Apply and Close") || b.getText().equals("OK"));
            ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            UiTestSupport.settle(50);
            assertThat(new WorkbenchPreferences().readTimeoutMillis()).isEqualTo(1234);
            assertThat(new WorkbenchPreferences().verifyAfterWrite()).isEqualTo(!was);
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }

    @Test
    public void coreLoggingReachesTheLogView() throws Exception {
        LogView view = Workbench.show(LogView.ID, LogView.class);
        String line = "BROM handshake probe " + System.nanoTime();
        Logger.getLogger("org.scatterbench.flash.protocol").info(line);
        UiTestSupport.waitUntil("the log line in the Log view", 5_000,
                () -> view.shown().stream().anyMatch(e -> e.message().equals(line)
                        && e.source().equals("org.scatterbench.flash.protocol")));
    }

    @Test
    public void openingARomFolderLoadsTheDownloadViewOpensTheEditorAndIsRemembered() throws Exception {
        java.nio.file.Path scatter = RomFolders.fromCorpus("v1.x/MT6765_Dewil-King_k65v1.txt");
        java.nio.file.Path folder = scatter.getParent();
        assertThat(Opener.findScatter(folder)).contains(scatter);
        new Opener(Workbench.page()).openRomFolder(folder);
        DownloadView download = Workbench.show(DownloadView.ID, DownloadView.class);
        assertThat(download.scatterFile()).contains(scatter);
        org.eclipse.ui.IEditorPart editor = Workbench.page().getActiveEditor();
        assertThat(editor).isNotNull();
        assertThat(editor.getEditorInput().getName()).isEqualTo(scatter.getFileName().toString());
        java.util.List<java.nio.file.Path> recent = new RecentFiles().list();
        assertThat(recent.subList(0, 2)).containsExactly(scatter.toAbsolutePath().normalize(),
                folder.toAbsolutePath().normalize());
        Workbench.page().closeEditor(editor, false);
    }

    private static Text textAfterLabel(PreferenceDialog dialog, String label) {
        Label l = UiTestSupport.find(dialog.getShell(), Label.class, x -> x.getText().equals(label));
        assertThat(l).as(label).isNotNull();
        org.eclipse.swt.widgets.Control[] siblings = l.getParent().getChildren();
        for (int i = 0; i < siblings.length - 1; i++) {
            if (siblings[i] == l) {
                return (Text) siblings[i + 1];
            }
        }
        throw new AssertionError("no text after " + label);
    }
}
