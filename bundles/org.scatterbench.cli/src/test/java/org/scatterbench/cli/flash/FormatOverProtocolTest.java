package org.scatterbench.cli.flash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.WriteJournal;
import org.scatterbench.emulator.transport.TcpEndpoint;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.op.DeviceHashes;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.model.ByteRange;

/** FORMAT and SHUTDOWN through the XFlash client against the virtual phone: the range reads back as zeros. */
class FormatOverProtocolTest {

    @TempDir
    Path tmp;

    @Test
    void formatErasesExactlyTheRangeAndTheSessionEndsCleanly() throws Exception {
        try (VirtualPhoneFixture fx = new VirtualPhoneFixture(tmp)) {
            VirtualPhone phone = fx.phone(FaultPlan.none());
            ByteRange cache = fx.partition("cache").range();
            ByteRange zeros = new ByteRange(cache.region(), cache.start(), 1 << 20);
            try (TcpEndpoint ep = TcpEndpoint.listen(phone, 0);
                    DeviceConnection c = DeviceConnection.open(
                            DeviceOptions.of("tcp://127.0.0.1:" + ep.port(), fx.da, 10), new NullProgressMonitor())) {
                DeviceSession s = c.session();
                String before = DeviceHashes.sha256(s, zeros, null);
                List<Long> progress = new ArrayList<>();
                s.da().format(zeros, progress::add);
                String after = DeviceHashes.sha256(s, zeros, null);
                assertThat(after).isNotEqualTo(before)
                        .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(new byte[1 << 20])));
                assertThat(progress).isNotEmpty();
                s.finish(EndAction.REBOOT);
            }
            assertThat(phone.journal().entries()).extracting(WriteJournal.Entry::range).containsExactly(zeros);
        }
    }
}
