package org.scatterbench.layout.plan;

import java.util.Locale;

/** What a plan does to the content of one partition. */
public enum Verdict {
    /** Gets the new ROM's image. */
    WRITTEN,
    /** Not touched: its current content stays where it is. */
    KEPT,
    /** Saved to the PC before the table changes and written back afterwards. */
    BACKED_UP_AND_RESTORED,
    /** Erased on purpose (format-all, or the user opted in). */
    ERASED,
    /** Its current content does not survive the plan although nobody asked to erase it. */
    LOST;

    /** The JSON spelling: {@code written}, {@code backed-up-and-restored}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
