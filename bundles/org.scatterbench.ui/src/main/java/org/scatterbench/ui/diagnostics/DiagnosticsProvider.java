package org.scatterbench.ui.diagnostics;

import java.util.List;

import org.scatterbench.model.Diagnostic;

/**
 * What an editor offers the Diagnostics view through {@code getAdapter}: its current diagnostics,
 * a change signal, and a way to show where one of them is. The view knows no editor type, so
 * editors of other bundles plug in without this bundle depending on them.
 */
public interface DiagnosticsProvider {

    /** The diagnostics of the editor's current content, errors first. */
    List<Diagnostic> diagnostics();

    /** Name of the input, for the view's title line. */
    String sourceName();

    /** Called on the UI thread whenever {@link #diagnostics()} changes. */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);

    /** Brings the editor to the front and selects the partition row or the source line of {@code d}. */
    void reveal(Diagnostic d);
}
