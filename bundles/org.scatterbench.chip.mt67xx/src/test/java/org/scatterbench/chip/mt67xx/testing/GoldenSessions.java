package org.scatterbench.chip.mt67xx.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.scatterbench.chip.mt67xx.ChipDriverEntry;
import org.scatterbench.chip.mt67xx.testing.Transcript.Unit;
import org.scatterbench.flash.brom.HandshakeOptions;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;
import org.scatterbench.transport.Transport;

/** A golden transcript as a device, and the engine's session with it, for the transcript tests. */
public final class GoldenSessions {

    /** The misc partition the transcripts read and write. */
    public static final ByteRange MISC = new ByteRange(Region.EMMC_USER, GoldenInputs.MISC_OFFSET,
            GoldenInputs.MISC_SIZE);

    private GoldenSessions() {
    }

    /** The device side of transcript {@code name}, after {@code edit} (to inject a fault, say). */
    public static TranscriptDevice device(String name, UnaryOperator<List<Unit>> edit) throws Exception {
        List<Unit> units = Transcript.read(SharedDir.transcript(name));
        return new TranscriptDevice(edit.apply(new ArrayList<>(units)), GoldenInputs::fill);
    }

    /** BROM handshake, DA upload and bring-up over {@code line}, with the golden DA file. */
    public static DeviceSession connect(Transport line) throws Exception {
        SessionOptions o = new SessionOptions(DaFile.parse("mkda.bin", GoldenInputs.daFile()), Duration.ofSeconds(1),
                new HandshakeOptions(3, Duration.ofMillis(100)));
        return DeviceSession.connect(line, o, ChipRegistry.fromDrivers(List.of(new ChipDriverEntry())),
                new NullProgressMonitor());
    }
}
