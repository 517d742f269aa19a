package org.scatterbench.flash.workflow;

import java.util.List;

/** The brick guard said no before anything was read or planned; nothing was written. */
public final class FlashRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public FlashRefusedException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
