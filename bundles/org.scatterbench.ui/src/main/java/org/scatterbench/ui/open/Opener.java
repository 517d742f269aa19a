package org.scatterbench.ui.open;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.scatterbench.ui.download.DownloadView;

/** Opens scatter files in the scatter editor and ROM folders in the Download view, and records them as recent. */
public final class Opener {

    private final IWorkbenchPage page;
    private final RecentFiles recent = new RecentFiles();

    public Opener(IWorkbenchPage page) {
        this.page = page;
    }

    /** Opens the scatter editor on {@code file}; returns the editor, or empty after telling the user why not. */
    public Optional<IEditorPart> openScatter(Path file) {
        if (!Files.isRegularFile(file)) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Scatter File",
                    file + ": no such file");
            return Optional.empty();
        }
        try {
            IEditorPart editor = page.openEditor(new PathEditorInput(file), EditorIds.SCATTER_EDITOR);
            recent.add(file);
            return Optional.ofNullable(editor);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Scatter File",
                    file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A ROM folder: its scatter file goes into the Download view and opens in the editor. */
    public void openRomFolder(Path folder) {
        Optional<Path> scatter = findScatter(folder);
        if (scatter.isEmpty()) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open ROM Folder",
                    folder + ": no scatter file (*scatter*.txt or *scatter*.xml) in this folder");
            return;
        }
        recent.add(folder);
        try {
            DownloadView view = (DownloadView) page.showView(DownloadView.ID);
            view.setScatterFile(scatter.get());
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open ROM Folder", e.getMessage());
        }
        openScatter(scatter.get());
    }

    /** Opens a recent entry: folders as ROM folders, files as scatter files. */
    public void open(Path path) {
        if (Files.isDirectory(path)) {
            openRomFolder(path);
        } else {
            openScatter(path);
        }
    }

    /** The scatter file of a ROM folder: the shortest name containing "scatter", .txt or .xml. */
    public static Optional<Path> findScatter(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.contains("scatter") && (n.endsWith(".txt") || n.endsWith(".xml"));
            }).min(Comparator.comparingInt((Path p) -> p.getFileName().toString().length())
                    .thenComparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
