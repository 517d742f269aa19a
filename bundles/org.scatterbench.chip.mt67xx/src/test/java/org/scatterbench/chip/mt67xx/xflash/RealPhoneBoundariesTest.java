package org.scatterbench.chip.mt67xx.xflash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scatterbench.chip.mt67xx.testing.GoldenSessions.MISC;
import static org.scatterbench.chip.mt67xx.testing.GoldenSessions.connect;
import static org.scatterbench.chip.mt67xx.testing.GoldenSessions.device;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.chip.mt67xx.testing.GoldenInputs;
import org.scatterbench.chip.mt67xx.testing.RecordingTransport;
import org.scatterbench.chip.mt67xx.testing.Transcript.Unit;
import org.scatterbench.chip.mt67xx.testing.TranscriptDevice;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.model.Region;

/**
 * What a real phone on USB sees beyond the byte stream the transcripts fix: how the host cuts its
 * writes (MTK-PROTOCOL.md 5.1: header and payload apart, a payload whole, one end-of-transfer
 * after DA1 only), and the replies real devices give that our emulator did not (a zero flag
 * during READ_DATA, a SEND_DA checksum of 0, the 'brom' connection agent, FORMAT progress hints).
 */
class RealPhoneBoundariesTest {

    private static final String MISC_DATA = "data packet: 0x40000 bytes of area 8 at 0x2A00000";

    /** An XFlash packet as the device sends it. */
    private static byte[] packet(byte[] payload) {
        return ByteBuffer.allocate(12 + payload.length).order(ByteOrder.LITTLE_ENDIAN).putInt(0xFEEEEEEF).putInt(1)
                .putInt(payload.length).put(payload).array();
    }

    private static byte[] u32(long v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array();
    }

    @Test
    void aWriteDataChunkIsThreePacketsOfHeaderThenPayloadWithTheDataInOneWrite() throws Exception {
        RecordingTransport t = new RecordingTransport(device("xflash-mt6765-write.txt", u -> u));
        DeviceSession s = connect(t);
        t.clear();
        s.da().write(MISC, new ByteArrayInputStream(GoldenInputs.lcg(GoldenInputs.HOST_FILE_SEED,
                GoldenInputs.MISC_SIZE)), n -> { });
        // command, parameter, then the chunk: u32 0, u32 checksum, 256 KiB of data
        assertThat(t.writes()).containsExactly(12, 4, 12, 56, 12, 4, 12, 4, 12, GoldenInputs.MISC_SIZE);
    }

    @Test
    void aReadAckIsAHeaderWriteThenAWordWrite() throws Exception {
        RecordingTransport t = new RecordingTransport(device("xflash-mt6765-read.txt", u -> u));
        DeviceSession s = connect(t);
        t.clear();
        s.da().read(MISC, new ByteArrayOutputStream(), n -> { });
        assertThat(t.writes()).containsExactly(12, 4, 12, 56, 12, 4);
    }

    @Test
    void theDaCode6781AckIsOneSixteenByteWrite() throws Exception {
        RecordingTransport t = new RecordingTransport(null);
        t.script(new byte[0]);
        new XFlashLink(t, Duration.ofSeconds(1), 1 << 20, true).ack("acknowledging data");
        assertThat(t.writes()).containsExactly(16);
        t.clear();
        new XFlashLink(t, Duration.ofSeconds(1), 1 << 20, false).ack("acknowledging data");
        assertThat(t.writes()).containsExactly(12, 4);
    }

    @Test
    void da1GoesInOneWriteFollowedByTheSessionsOnlyEndOfTransfer() throws Exception {
        RecordingTransport t = new RecordingTransport(device("xflash-mt6765-read.txt", u -> u));
        connect(t);
        List<Integer> w = t.writes();
        assertThat(Collections.frequency(w, RecordingTransport.END)).isEqualTo(1);
        int end = w.indexOf(RecordingTransport.END);
        assertThat(w.get(end - 1)).as("the DA1 image, signature included").isEqualTo(0x10D0);
        // DA2 (8 KiB) leaves in one write after its own 12-byte header, with no end-of-transfer
        assertThat(w).containsSubsequence(12, 0x2000);
        assertThat(w.get(w.indexOf(0x2000) - 1)).isEqualTo(12);
    }

    @Test
    void aSendDaChecksumOfZeroIsAcceptedButAWrongOneIsNot() throws Exception {
        RecordingTransport t = new RecordingTransport(device("xflash-mt6765-read.txt",
                u -> replace(u, "checksum 0x8191", new byte[4])));
        assertThat(connect(t).storage().size(Region.EMMC_USER)).contains(64L << 20);
        RecordingTransport bad = new RecordingTransport(device("xflash-mt6765-read.txt",
                u -> replace(u, "checksum 0x8191", new byte[] { 0x00, 0x01, 0x00, 0x00 })));
        assertThatThrownBy(() -> connect(bad)).isInstanceOf(FlashException.class)
                .hasMessageContaining("corrupted Download Agent").hasMessageContaining("0x0001");
    }

    @Test
    void aZeroFlagDuringReadDataIsSkippedWithoutAnAck() throws Exception {
        Unit flag = new Unit(false, 16, packet(u32(0)), -1, "zero flag", 0);
        TranscriptDevice dev = device("xflash-mt6765-read.txt", u -> insertBefore(u, MISC_DATA, flag));
        RecordingTransport t = new RecordingTransport(dev);
        DeviceSession s = connect(t);
        t.clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        s.da().read(MISC, out, progress::add);
        assertThat(out.toByteArray()).isEqualTo(GoldenInputs.lcg(GoldenInputs.MISC_SEED, GoldenInputs.MISC_SIZE));
        assertThat(progress).containsExactly((long) GoldenInputs.MISC_SIZE);
        assertThat(t.writes()).as("one ack, for the data only").containsExactly(12, 4, 12, 56, 12, 4);
        assertThat(dev.idle()).isTrue();
    }

    @Test
    void aNonZeroFlagDuringReadDataStopsTheRead() throws Exception {
        Unit flag = new Unit(false, 16, packet(u32(0xC0040003L)), -1, "error flag", 0);
        RecordingTransport t = new RecordingTransport(device("xflash-mt6765-read.txt",
                u -> insertBefore(u, MISC_DATA, flag)));
        DeviceSession s = connect(t);
        assertThatThrownBy(() -> s.da().read(MISC, new ByteArrayOutputStream(), n -> { }))
                .isInstanceOf(FlashException.class).hasMessageContaining("the DA stopped reading")
                .hasMessageContaining("0xC0040003");
    }

    @Test
    void aBromConnectionAgentIsRecordedAsAWarning() throws Exception {
        byte[] brom = packet("brom".getBytes(StandardCharsets.US_ASCII));
        RecordingTransport t = new RecordingTransport(device("xflash-mt6765-read.txt",
                u -> replace(u, "GET_CONNECTION_AGENT data", brom)));
        DeviceSession s = connect(t);
        assertThat(s.facts()).containsEntry("connection agent", "brom")
                .containsEntry("warning", XFlashClient.BROM_AGENT_WARNING);
        assertThat(XFlashClient.BROM_AGENT_WARNING).contains("DRAM was not set up").contains("preloader mode");
    }

    @Test
    void aDa2ThatDoesNotStartAfterABromAgentSaysWhy() throws Exception {
        byte[] brom = packet("brom".getBytes(StandardCharsets.US_ASCII));
        RecordingTransport t = new RecordingTransport(device("xflash-mt6765-read.txt",
                u -> replace(replace(u, "GET_CONNECTION_AGENT data", brom), "status 0 (booted)",
                        packet(u32(0xC0050001L)))));
        assertThatThrownBy(() -> connect(t)).isInstanceOf(FlashException.class)
                .hasMessageContaining("DA2 did not start").hasMessageContaining("its DRAM was not set up")
                .hasMessageContaining("boot the phone into preloader mode");
        RecordingTransport preloader = new RecordingTransport(device("xflash-mt6765-read.txt",
                u -> replace(u, "status 0 (booted)", packet(u32(0xC0050001L)))));
        assertThatThrownBy(() -> connect(preloader)).isInstanceOf(FlashException.class)
                .hasMessageContaining("DA2 did not start").message().doesNotContain("DRAM");
    }

    @Test
    void afterAFormatProgressHintTheNextStatusMayTakeTheHintPlusTheReplyTimeout() throws Exception {
        RecordingTransport t = new RecordingTransport(device("xflash-mt6765-read.txt", u -> u));
        DeviceSession s = connect(t);
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        replies.write(packet(u32(0))); // FORMAT accepted
        replies.write(packet(u32(0))); // parameter accepted
        replies.write(packet(u32(0x40040004L))); // CONTINUE
        replies.write(packet(u32(120_000))); // about two minutes to go
        replies.write(packet(u32(0x40040005L))); // COMPLETE
        t.script(replies.toByteArray());
        t.clear();
        s.da().format(MISC, n -> { });
        assertThat(t.writes()).containsExactly(12, 4, 12, 56, 12, 4);
        List<Duration> waits = t.readTimeouts();
        // the COMPLETE header was awaited 1 s + 120 s; every other read only the reply timeout
        assertThat(waits.get(waits.size() - 2)).isEqualTo(Duration.ofSeconds(121));
        assertThat(waits).filteredOn(d -> !d.equals(Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void aFormatHintIsCappedAndNeverNegative() {
        Duration reply = Duration.ofSeconds(30);
        assertThat(XFlashClient.formatWait(0, reply)).isEqualTo(reply);
        assertThat(XFlashClient.formatWait(5_000, reply)).isEqualTo(Duration.ofSeconds(35));
        assertThat(XFlashClient.formatWait(0xFFFFFFFFL, reply)).isEqualTo(reply.plus(XFlashClient.MAX_FORMAT_HINT));
        assertThat(XFlashClient.formatWait(-1, reply)).isEqualTo(reply);
    }

    private static List<Unit> replace(List<Unit> units, String annotationStart, byte[] bytes) {
        List<Unit> l = new ArrayList<>(units);
        for (int i = 0; i < l.size(); i++) {
            Unit u = l.get(i);
            if (u.annotation().startsWith(annotationStart)) {
                l.set(i, new Unit(u.hostToDevice(), bytes.length, bytes, -1, u.annotation(), u.line()));
                return l;
            }
        }
        throw new AssertionError("no transcript line " + annotationStart);
    }

    private static List<Unit> insertBefore(List<Unit> units, String annotationStart, Unit extra) {
        List<Unit> l = new ArrayList<>(units);
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).annotation().startsWith(annotationStart)) {
                l.add(i, extra);
                return l;
            }
        }
        throw new AssertionError("no transcript line " + annotationStart);
    }
}
