package org.scatterbench.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scatterbench.emulator.brom.Xor16;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.testhost.TestHost;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.transport.PipeEndpoint;

/** The BROM layer byte by byte (MTK-PROTOCOL.md 2.1 to 2.3). */
@org.junit.jupiter.api.Timeout(60)
class BromLayerTest {

    private PipeEndpoint pipe;

    private TestHost connect(BootMode mode, FaultPlan faults) {
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), EmmcStorage.inMemory(1 << 20, 4096, 4096))
                .mode(mode).faults(faults).build();
        pipe = PipeEndpoint.connect(phone);
        return new TestHost(pipe.hostIn(), pipe.hostOut());
    }

    private TestHost connect() {
        return connect(BootMode.BROM, FaultPlan.none());
    }

    @AfterEach
    void close() {
        if (pipe != null) {
            pipe.close();
        }
    }

    @Test
    void handshakeAnswersBitwiseNot() throws Exception {
        connect().handshake();
    }

    @Test
    void handshakeResyncsAfterStrayBytes() throws Exception {
        TestHost h = connect();
        h.send(0x33, 0x44); // line noise: no answer, state reset
        h.send(0xA0);
        assertThat(h.readByte()).isEqualTo(0x5F);
        h.send(0x0A);
        assertThat(h.readByte()).isEqualTo(0xF5);
        h.send(0xA0); // host gave up and starts again
        assertThat(h.readByte()).isEqualTo(0x5F);
        h.handshakeFromSecondByte();
        h.send(0xFD);
        assertThat(h.read(5)).isEqualTo(HexFormat.of().parseHex("fd07660000"));
    }

    @Test
    void queuedRepeatsOfA0GetOneAnswer() throws Exception {
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), EmmcStorage.inMemory(1 << 20, 4096, 4096))
                .build();
        // the host's retries pile up before the phone reads the line: write them before it starts
        org.scatterbench.emulator.transport.PipeEndpoint p = PipeEndpoint.connect(phone);
        pipe = p;
        TestHost h = new TestHost(p.hostIn(), p.hostOut());
        h.send(new byte[] { (byte) 0xA0, (byte) 0xA0, (byte) 0xA0 });
        assertThat(h.readByte()).isEqualTo(0x5F);
        h.handshakeFromSecondByte();
        h.send(0xFD);
        assertThat(h.read(5)).as("no stale 5F in between").isEqualTo(HexFormat.of().parseHex("fd07660000"));
    }

    @Test
    void aHandshakeSentInOneBurstIsAnsweredByteForByte() throws Exception {
        TestHost h = connect();
        h.send(new byte[] { (byte) 0xA0, 0x0A, 0x50, 0x05, (byte) 0xFD });
        assertThat(h.read(9)).isEqualTo(HexFormat.of().parseHex("5ff5affafd07660000"));
    }

    @Test
    void identityCommandsAnswerTheTranscriptValues() throws Exception {
        TestHost h = connect();
        h.handshake();
        h.send(0xFD);
        assertThat(h.read(5)).isEqualTo(HexFormat.of().parseHex("fd07660000"));
        h.send(0xFC);
        assertThat(h.read(9)).isEqualTo(HexFormat.of().parseHex("fc8a00ca0000000000"));
        h.send(0xFE);
        assertThat(h.readByte()).as("BROM echoes GET_BL_VER").isEqualTo(0xFE);
        h.send(0xFF);
        assertThat(h.readByte()).isEqualTo(0x05);
        h.send(0xD8);
        assertThat(h.read(7)).isEqualTo(HexFormat.of().parseHex("d8000000000000"));
        h.send(0xE1);
        assertThat(h.read(23)).isEqualTo(
                HexFormat.of().parseHex("e100000010101112131415161718191a1b1c1d1e1f0000"));
        h.send(0xE7);
        assertThat(h.read(39)).isEqualTo(HexFormat.of().parseHex(
                "e700000020101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f0000"));
        h.send(0xFB);
        assertThat(h.read(9)).isEqualTo(HexFormat.of().parseHex("fb0000000000000000"));
        h.send(0x42);
        assertThat(h.readByte()).as("unknown commands are echoed").isEqualTo(0x42);
    }

    @Test
    void preloaderAnswersItsVersionToGetBlVer() throws Exception {
        TestHost h = connect(BootMode.PRELOADER, FaultPlan.none());
        h.handshake();
        h.send(0xFE);
        assertThat(h.readByte()).isEqualTo(0x01);
    }

    @Test
    void writtenRegistersReadBack() throws Exception {
        TestHost h = connect();
        h.handshake();
        h.send(0xD4);
        assertThat(h.readByte()).isEqualTo(0xD4);
        h.echoU32(0x10007000L);
        h.echoU32(2);
        assertThat(h.readBe16()).isEqualTo(1);
        h.echoU32(0x22000064L);
        h.echoU32(0x12345678L);
        assertThat(h.readBe16()).isEqualTo(1);
        h.send(0xD1);
        assertThat(h.readByte()).isEqualTo(0xD1);
        h.echoU32(0x10007000L);
        h.echoU32(3);
        assertThat(h.readBe16()).isZero();
        assertThat(h.read(12)).isEqualTo(HexFormat.of().parseHex("220000641234567800000000"));
        assertThat(h.readBe16()).isZero();
        h.send(0xD2);
        assertThat(h.readByte()).isEqualTo(0xD2);
        h.echoU32(0x20000000L);
        h.echoU32(1);
        assertThat(h.readBe16()).isEqualTo(1);
        h.send(0xBE, 0xEF);
        assertThat(h.read(2)).isEqualTo(HexFormat.of().parseHex("beef"));
        assertThat(h.readBe16()).isEqualTo(1);
        h.send(0xD0);
        assertThat(h.readByte()).isEqualTo(0xD0);
        h.echoU32(0x20000000L);
        h.echoU32(1);
        assertThat(h.readBe16()).isZero();
        assertThat(h.read(2)).isEqualTo(HexFormat.of().parseHex("beef"));
        assertThat(h.readBe16()).isZero();
    }

    @Test
    void hugeWordCountIsRefusedWithoutData() throws Exception {
        TestHost h = connect();
        h.handshake();
        h.send(0xD1);
        h.readByte();
        h.echoU32(0);
        h.echoU32(0xFFFFFFFFL);
        assertThat(h.readBe16()).isGreaterThan(0xFF);
        h.send(0xFD); // still in step
        assertThat(h.read(5)).isEqualTo(HexFormat.of().parseHex("fd07660000"));
    }

    @Test
    void sendDaAnswersXor16OfLittleEndianWordsWithOddTailPadded() throws Exception {
        TestHost h = connect();
        h.handshake();
        byte[] da = { 0x01, 0x02, 0x10, 0x20, 0x7F };
        assertThat(Xor16.of(da)).isEqualTo(0x0201 ^ 0x2010 ^ 0x007F);
        h.send(0xD7);
        assertThat(h.readByte()).isEqualTo(0xD7);
        h.echoU32(0x200000);
        h.echoU32(da.length);
        h.echoU32(0);
        assertThat(h.readBe16()).isZero();
        h.send(da);
        assertThat(h.readBe16()).isEqualTo(0x0201 ^ 0x2010 ^ 0x007F);
        assertThat(h.readBe16()).isZero();
        h.send(0xD5);
        assertThat(h.readByte()).isEqualTo(0xD5);
        h.send(ByteBuffer.allocate(4).putInt(0x200000).array());
        assertThat(h.read(4)).isEqualTo(HexFormat.of().parseHex("00200000"));
        assertThat(h.readBe16()).isZero();
        assertThat(h.readByte()).as("DA sync byte").isEqualTo(0xC0);
    }

    @Test
    void jumpDa64EchoesTheModeByte() throws Exception {
        TestHost h = connect();
        h.handshake();
        byte[] da = new byte[16];
        h.send(0xD7);
        h.readByte();
        h.echoU32(0x200000);
        h.echoU32(da.length);
        h.echoU32(0);
        assertThat(h.readBe16()).isZero();
        h.send(da);
        assertThat(h.read(4)).isEqualTo(new byte[4]);
        h.send(0xDE);
        assertThat(h.readByte()).isEqualTo(0xDE);
        h.send(ByteBuffer.allocate(4).putInt(0x200000).array());
        assertThat(h.read(4)).isEqualTo(HexFormat.of().parseHex("00200000"));
        h.send(0x01);
        assertThat(h.readByte()).isEqualTo(0x01);
        assertThat(h.readBe16()).isZero();
        assertThat(h.readByte()).isEqualTo(0xC0);
    }

    @Test
    void jumpWithoutUploadedDaFails() throws Exception {
        TestHost h = connect();
        h.handshake();
        h.send(0xD5);
        h.readByte();
        h.send(ByteBuffer.allocate(4).putInt(0x200000).array());
        h.read(4);
        assertThat(h.readBe16()).isGreaterThan(0xFF);
        h.send(0xFF);
        assertThat(h.readByte()).as("still the BROM").isEqualTo(0x05);
    }

    @Test
    void oversizeDaIsRefusedBeforeAnyData() throws Exception {
        TestHost h = connect();
        h.handshake();
        h.send(0xD7);
        h.readByte();
        h.echoU32(0x200000);
        h.echoU32(0x7FFFFFFFL);
        h.echoU32(0x100);
        assertThat(h.readBe16()).isGreaterThan(0xFF);
        h.send(0xFF);
        assertThat(h.readByte()).isEqualTo(0x05);
    }

    @Test
    void lockedTargetConfigReportsSecurityAndRefusesTheDa() throws Exception {
        TestHost h = connect(BootMode.BROM, FaultPlan.builder().lockedTargetConfig().build());
        h.handshake();
        h.send(0xD8);
        assertThat(h.read(7)).isEqualTo(HexFormat.of().parseHex("d8000000070000"));
        h.send(0xD7);
        h.readByte();
        h.echoU32(0x200000);
        h.echoU32(0x1000);
        h.echoU32(0x100);
        assertThat(h.readBe16()).as("SLA required").isEqualTo(0x1D0D);
    }

    @Test
    void closingTheLineEndsTheSessionAsHostClosed() throws Exception {
        TestHost h = connect();
        h.handshake();
        pipe.close();
        assertThat(pipe.awaitEnd(10, TimeUnit.SECONDS).end()).contains(SessionLog.End.HOST_CLOSED);
    }
}
