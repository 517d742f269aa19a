package org.scatterbench.flash.op;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.WriteFence;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.io.AtomicOutput;
import org.scatterbench.model.io.OutputException;

/**
 * Copies a range of the phone to a file, through {@link AtomicOutput}: no half file remains, and an
 * existing file (maybe the user's only backup) is replaced only when asked.
 */
public final class ReadbackOperation {

    private ReadbackOperation() {
    }

    /** As {@link #run(DeviceSession, ByteRange, Path, AtomicOutput.Existing, IProgressMonitor)}, keeping an existing file. */
    public static String run(DeviceSession session, ByteRange range, Path target, IProgressMonitor monitor)
            throws FlashException {
        return run(session, range, target, AtomicOutput.Existing.REFUSE, monitor);
    }

    /**
     * The target is checked before anything is read, so a readback that could not be stored fails
     * before a long read, not after it.
     *
     * @return a line with size and speed
     */
    public static String run(DeviceSession session, ByteRange range, Path target, AtomicOutput.Existing existing,
            IProgressMonitor monitor) throws FlashException {
        SubMonitor sub = SubMonitor.convert(monitor, "Reading " + range, (int) (range.length() / 1024 + 1));
        DeviceIo io = new DeviceIo(session.da(), new WriteFence(List.of()), sub);
        long t0 = System.nanoTime();
        try (AtomicOutput file = AtomicOutput.open(target, existing)) {
            try (OutputStream out = file.stream()) {
                io.read(range, out);
            }
            file.commit();
        } catch (OutputException e) {
            throw new FlashException(e.getMessage(), e);
        } catch (IOException e) {
            throw new FlashException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (Cancelled c) {
            throw new FlashException("readback cancelled; " + target + " was not written");
        }
        return "read " + range + " to " + target + FlashOperation.speed(range.length(), System.nanoTime() - t0);
    }
}
