package org.scatterbench.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.testhost.TestHost;
import org.scatterbench.emulator.fault.Direction;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.transport.PipeEndpoint;
import org.scatterbench.emulator.xflash.DaStatus;

/** Each fault of a {@link FaultPlan}, seen from the host. */
@Timeout(60)
class FaultInjectionTest {

    private static PipeEndpoint connect(FaultPlan plan) {
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), EmmcStorage.inMemory(1 << 20, 4096, 4096))
                .faults(plan).build();
        return PipeEndpoint.connect(phone);
    }

    @Test
    void disconnectAfterNBytesToTheHost() throws Exception {
        try (PipeEndpoint pipe = connect(FaultPlan.builder().disconnectAfter(Direction.TO_HOST, 6).build())) {
            TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
            h.handshake();
            h.send(0xFD);
            assertThat(h.read(2)).isEqualTo(HexFormat.of().parseHex("fd07"));
            assertThatThrownBy(() -> h.read(1)).isInstanceOf(EOFException.class);
            assertThat(pipe.awaitEnd(10, TimeUnit.SECONDS).end()).contains(SessionLog.End.FAULT);
        }
    }

    @Test
    void disconnectAfterNBytesFromTheHost() throws Exception {
        try (PipeEndpoint pipe = connect(FaultPlan.builder().disconnectAfter(Direction.FROM_HOST, 2).build())) {
            TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
            h.send(0xA0);
            assertThat(h.readByte()).isEqualTo(0x5F);
            h.send(0x0A);
            assertThat(h.readByte()).isEqualTo(0xF5);
            try {
                h.send(0x50);
            } catch (java.io.IOException e) {
                // the phone may have dropped the line before this byte: either way it never answers
            }
            assertThatThrownBy(() -> h.read(1)).isInstanceOf(EOFException.class);
            assertThat(pipe.awaitEnd(10, TimeUnit.SECONDS).end()).contains(SessionLog.End.FAULT);
        }
    }

    @Test
    void corruptedByteToTheHostIsInverted() throws Exception {
        try (PipeEndpoint pipe = connect(FaultPlan.builder().corruptByte(Direction.TO_HOST, 5).build())) {
            TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
            h.handshake();
            h.send(0xFD);
            assertThat(h.read(5)).isEqualTo(HexFormat.of().parseHex("fdf8660000"));
        }
    }

    @Test
    void droppedByteToTheHostIsMissing() throws Exception {
        try (PipeEndpoint pipe = connect(FaultPlan.builder().dropByte(Direction.TO_HOST, 4).build())) {
            TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
            h.send(0xA0);
            h.readByte();
            h.send(0x0A);
            h.readByte();
            h.send(0x50);
            h.readByte();
            h.send(0x05);
            h.readByte();
            h.send(0xFD);
            assertThat(h.read(4)).isEqualTo(HexFormat.of().parseHex("07660000"));
        }
    }

    @Test
    void corruptedHostByteBreaksTheChunkChecksum() throws Exception {
        // count the host bytes of connect() + WRITE_DATA + param + prefix + checksum + data header
        CountingHost counted = CountingHost.countConnect();
        long bytesBeforeWrite = counted.bytes() + (12 + 4) + (12 + 56) + (12 + 4) + (12 + 4) + 12;
        FaultPlan plan = FaultPlan.builder().corruptByte(Direction.FROM_HOST, bytesBeforeWrite + 100).build();
        EmmcStorage target = EmmcStorage.inMemory(1 << 20, 4096, 4096);
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), target).faults(plan).build();
        try (PipeEndpoint pipe = PipeEndpoint.connect(phone)) {
            TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
            h.connect();
            byte[] data = new byte[4096];
            h.xsend(TestHost.WRITE_DATA);
            h.expectStatus(0);
            h.xsend(TestHost.storageParam(8, 0, data.length));
            h.expectStatus(0);
            h.xsend(0);
            h.xsend(TestHost.sum16(data));
            h.xsend(data);
            h.expectStatus(DaStatus.CHECKSUM_ERROR);
        }
        assertThat(target.journal().isEmpty()).isTrue();
    }

    @Test
    void answerStatusReplacesACommand() throws Exception {
        FaultPlan plan = FaultPlan.builder().answerStatus(0x010005, 0xC0020004L).answerStatus(0x040007, 0xC0010001L)
                .build();
        try (PipeEndpoint pipe = connect(plan)) {
            TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
            h.connect();
            h.xsend(TestHost.READ_DATA);
            h.expectStatus(0xC0020004L);
            h.xsend(TestHost.DEVICE_CTRL);
            h.expectStatus(0);
            h.xsend(0x040007);
            h.expectStatus(0xC0010001L);
        }
    }

    @Test
    void stallDelaysButDoesNotAlterTheBytes() throws Exception {
        try (PipeEndpoint pipe = connect(FaultPlan.builder().stall(4, 20).build())) {
            TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
            h.handshake();
            h.send(0xFD);
            assertThat(h.read(5)).isEqualTo(HexFormat.of().parseHex("fd07660000"));
        }
    }

    @Test
    void closingDuringALongStallEndsTheSession() throws Exception {
        PipeEndpoint pipe = connect(FaultPlan.builder().stall(1, 3_600_000).build());
        TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
        h.send(0xA0);
        assertThat(h.readByte()).isEqualTo(0x5F);
        h.send(0x0A); // its answer is the stalled byte
        pipe.close();
        assertThat(pipe.awaitEnd(20, TimeUnit.SECONDS).end()).contains(SessionLog.End.FAULT);
    }

    /** Counts what {@link TestHost#connect()} sends, to aim a fault at a later byte. */
    private static final class CountingHost {
        private final long bytes;

        private CountingHost(long bytes) {
            this.bytes = bytes;
        }

        long bytes() {
            return bytes;
        }

        static CountingHost countConnect() throws Exception {
            VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), EmmcStorage.inMemory(1 << 20, 4096, 4096))
                    .build();
            try (PipeEndpoint pipe = PipeEndpoint.connect(phone)) {
                java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
                java.io.OutputStream tee = new java.io.FilterOutputStream(pipe.hostOut()) {
                    @Override
                    public void write(byte[] b, int off, int len) throws java.io.IOException {
                        copy.write(b, off, len);
                        out.write(b, off, len);
                    }

                    @Override
                    public void write(int b) throws java.io.IOException {
                        copy.write(b);
                        out.write(b);
                    }
                };
                new TestHost(pipe.hostIn(), tee).connect();
                return new CountingHost(copy.size());
            }
        }
    }
}
