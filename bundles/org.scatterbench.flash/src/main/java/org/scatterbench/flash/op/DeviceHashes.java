package org.scatterbench.flash.op;

import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.WriteFence;
import org.scatterbench.model.ByteRange;

/** SHA-256 of ranges read back from the phone over the protocol (streamed, nothing kept in memory). */
public final class DeviceHashes {

    private DeviceHashes() {
    }

    /** Lower-case hex SHA-256 of {@code range} as the phone returns it. */
    public static String sha256(DeviceSession session, ByteRange range, IProgressMonitor monitor) throws FlashException {
        SubMonitor sub = SubMonitor.convert(monitor, "Reading " + range, (int) (range.length() / 1024 + 1));
        DeviceIo io = new DeviceIo(session.da(), new WriteFence(List.of()), sub);
        try {
            return HexFormat.of().formatHex(Verifier.sha256(range, io));
        } catch (Cancelled c) {
            throw new FlashException("cancelled while reading " + range);
        }
    }
}
