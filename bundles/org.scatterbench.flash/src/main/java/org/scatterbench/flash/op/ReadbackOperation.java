package org.scatterbench.flash.op;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.WriteFence;
import org.scatterbench.model.ByteRange;

/** Copies a range of the phone to a file (written to a temporary name, then moved, so no half file remains). */
public final class ReadbackOperation {

    private ReadbackOperation() {
    }

    /** @return a line with size and speed */
    public static String run(DeviceSession session, ByteRange range, Path target, IProgressMonitor monitor)
            throws FlashException {
        SubMonitor sub = SubMonitor.convert(monitor, "Reading " + range, (int) (range.length() / 1024 + 1));
        DeviceIo io = new DeviceIo(session.da(), new WriteFence(List.of()), sub);
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        long t0 = System.nanoTime();
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                io.read(range, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new FlashException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (Cancelled c) {
            throw new FlashException("readback cancelled; " + target + " was not written");
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // best effort: a leftover .part file is harmless and named as such
            }
        }
        return "read " + range + " to " + target + FlashOperation.speed(range.length(), System.nanoTime() - t0);
    }
}
