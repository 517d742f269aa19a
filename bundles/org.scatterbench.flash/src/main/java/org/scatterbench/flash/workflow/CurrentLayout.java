package org.scatterbench.flash.workflow;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.model.Layout;

/**
 * Where the plan's idea of the phone's current layout comes from. It is asked only after the brick
 * guard has passed, so a caller that reads a file lazily reports problems in the same order as before.
 */
@FunctionalInterface
public interface CurrentLayout {

    Layout of(DeviceSession session, IProgressMonitor monitor) throws FlashException;

    /** The table the phone itself holds (the safe default). */
    static CurrentLayout fromDevice() {
        return DeviceSession::readLayout;
    }

    /** A layout the user vouches for (old scatter, dump); it must match the phone's real table. */
    static CurrentLayout given(Layout layout) {
        return (session, monitor) -> layout;
    }
}
