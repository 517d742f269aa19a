package org.scatterbench.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.scatterbench.ui.device.DeviceView;
import org.scatterbench.ui.diagnostics.DiagnosticsView;
import org.scatterbench.ui.download.DownloadView;
import org.scatterbench.ui.log.LogView;

/**
 * The Flash perspective: devices on the left, the editor area in the middle, the Download view
 * (and the Layout Diff view) on the right, Progress, Log and Diagnostics at the bottom. Views
 * contributed by scatter.ui and layout.ui plug in by id through
 * {@code org.eclipse.ui.perspectiveExtensions} into the folders named here, so this bundle does
 * not depend on them.
 */
public final class FlashPerspective implements IPerspectiveFactory {

    public static final String ID = "org.scatterbench.ui.perspective.flash";
    public static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";
    public static final String LEFT_FOLDER = "org.scatterbench.ui.folder.left";
    public static final String MAIN_FOLDER = "org.scatterbench.ui.folder.main";
    public static final String BOTTOM_FOLDER = "org.scatterbench.ui.folder.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(DeviceView.ID);
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(PROGRESS_VIEW_ID);
        bottom.addView(LogView.ID);
        bottom.addView(DiagnosticsView.ID);
        IFolderLayout main = layout.createFolder(MAIN_FOLDER, IPageLayout.RIGHT, 0.40f, editorArea);
        main.addView(DownloadView.ID);
        for (String id : new String[] { DeviceView.ID, DownloadView.ID, PROGRESS_VIEW_ID, LogView.ID,
                DiagnosticsView.ID }) {
            layout.addShowViewShortcut(id);
        }
    }
}
