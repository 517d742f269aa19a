package org.scatterbench.flash.engine;

import java.util.List;

import org.scatterbench.flash.FlashException;
import org.scatterbench.model.ByteRange;

/**
 * The last line of defence for user data: every range about to be changed on the phone must lie
 * inside one of the ranges the approved plan changes. Anything else is refused before a byte goes
 * out.
 */
public final class WriteFence {

    private final List<ByteRange> allowed;

    public WriteFence(List<ByteRange> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    public void check(ByteRange range, String what) throws FlashException {
        for (ByteRange a : allowed) {
            if (a.contains(range)) {
                return;
            }
        }
        throw new FlashException("refused to write " + range + " (" + what + "): it is outside every range the plan"
                + " changes; nothing was written there");
    }
}
