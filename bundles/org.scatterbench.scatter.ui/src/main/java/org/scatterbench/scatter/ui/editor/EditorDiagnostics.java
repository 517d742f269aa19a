package org.scatterbench.scatter.ui.editor;

import java.util.List;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.ui.diagnostics.DiagnosticsProvider;

/** The editor as the Diagnostics view sees it. */
final class EditorDiagnostics implements DiagnosticsProvider {

    private final ScatterEditor editor;

    EditorDiagnostics(ScatterEditor editor) {
        this.editor = editor;
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return editor.model().diagnostics();
    }

    @Override
    public String sourceName() {
        return editor.model().file().getFileName().toString();
    }

    @Override
    public void addChangeListener(Runnable listener) {
        editor.model().addListener(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        editor.model().removeListener(listener);
    }

    @Override
    public void reveal(Diagnostic d) {
        editor.reveal(d);
    }
}
