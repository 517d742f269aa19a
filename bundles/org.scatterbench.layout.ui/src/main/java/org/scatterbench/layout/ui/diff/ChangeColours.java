package org.scatterbench.layout.ui.diff;

import org.eclipse.swt.graphics.Color;
import org.scatterbench.layout.diff.Change;
import org.scatterbench.layout.plan.Verdict;

/** The palette shared by the diff table and the storage map, so a colour means the same in both. */
public final class ChangeColours {

    private ChangeColours() {
    }

    /** Background of a changed partition; null for unchanged ones. */
    public static Color of(Change change) {
        return switch (change) {
            case MOVED -> new Color(255, 236, 153);
            case RESIZED -> new Color(255, 204, 153);
            case MOVED_AND_RESIZED -> new Color(255, 170, 120);
            case ADDED -> new Color(190, 235, 190);
            case REMOVED -> new Color(245, 180, 180);
            case CONTENT_ONLY -> new Color(205, 225, 250);
            case SAME, UNMATCHED -> null;
        };
    }

    /** Fill of an unchanged partition on the storage map. */
    public static Color neutral() {
        return new Color(225, 225, 225);
    }

    /** Where a plan would change bytes of a protected partition. */
    public static Color danger() {
        return new Color(220, 30, 30);
    }

    public static Color verdict(Verdict v) {
        return switch (v) {
            case WRITTEN -> new Color(0, 0, 150);
            case KEPT -> new Color(0, 110, 0);
            case BACKED_UP_AND_RESTORED -> new Color(0, 120, 140);
            case ERASED, LOST -> new Color(200, 0, 0);
        };
    }
}
