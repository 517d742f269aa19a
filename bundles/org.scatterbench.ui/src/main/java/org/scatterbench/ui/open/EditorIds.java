package org.scatterbench.ui.open;

/**
 * Ids of parts contributed by bundles this one must not depend on (they plug in by id): the
 * scatter editor of org.scatterbench.scatter.ui and the Layout Diff view of org.scatterbench.layout.ui.
 */
public final class EditorIds {

    public static final String SCATTER_EDITOR = "org.scatterbench.scatter.ui.editor";
    public static final String LAYOUT_DIFF_VIEW = "org.scatterbench.layout.ui.views.diff";

    private EditorIds() {
    }
}
