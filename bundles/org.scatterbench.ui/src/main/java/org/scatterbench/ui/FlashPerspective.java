package org.scatterbench.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Flash perspective: the editor area in the middle, devices on the left, the Progress view and
 * the logs at the bottom. Views contributed by scatter.ui and layout.ui plug in by id through
 * {@code org.eclipse.ui.perspectiveExtensions}, so this bundle does not depend on them.
 */
public final class FlashPerspective implements IPerspectiveFactory {

    public static final String ID = "org.scatterbench.ui.perspective.flash";
    public static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";
    public static final String LEFT_FOLDER = "org.scatterbench.ui.folder.left";
    public static final String BOTTOM_FOLDER = "org.scatterbench.ui.folder.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.25f, editorArea);
        left.addPlaceholder("org.scatterbench.ui.views.*");
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.70f, editorArea);
        bottom.addView(PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(PROGRESS_VIEW_ID);
    }
}
