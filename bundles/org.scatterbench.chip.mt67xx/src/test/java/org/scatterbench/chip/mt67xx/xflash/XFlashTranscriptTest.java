package org.scatterbench.chip.mt67xx.xflash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scatterbench.chip.mt67xx.testing.GoldenSessions.MISC;
import static org.scatterbench.chip.mt67xx.testing.GoldenSessions.connect;
import static org.scatterbench.chip.mt67xx.testing.GoldenSessions.device;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.chip.mt67xx.testing.GoldenInputs;
import org.scatterbench.chip.mt67xx.testing.Transcript.Unit;
import org.scatterbench.chip.mt67xx.testing.TranscriptDevice;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * The host side against the golden transcripts: the device lines are played into our BROM and
 * XFlash clients, and every byte our clients send must be the byte the real client sent inside
 * the same exchange (handshake, BROM formats, SEND_DA/JUMP_DA, bring-up, READ/WRITE framing,
 * checksums, chunking). Optional mtkclient-only exchanges may stay unplayed.
 */
class XFlashTranscriptTest {


    @Test
    void bringUpAndReadMatchTheRealClientsBytes() throws Exception {
        TranscriptDevice dev = device("xflash-mt6765-read.txt", u -> u);
        DeviceSession s = connect(dev);
        assertThat(s.identity().hwCode()).isEqualTo(0x0766);
        assertThat(s.identity().brom()).isTrue();
        assertThat(s.identity().meIdHex()).isEqualTo("101112131415161718191A1B1C1D1E1F");
        assertThat(s.chip().primaryName()).isEqualTo("MT6765");
        assertThat(s.storage().storage()).isEqualTo(Storage.EMMC);
        assertThat(s.storage().size(Region.EMMC_USER)).contains(64L << 20);
        assertThat(s.storage().cid()).isEqualTo("150100454D554C380000000000000000");
        assertThat(s.facts()).containsEntry("DA version", "EMU-DA-1.0");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        s.da().read(MISC, out, progress::add);
        assertThat(out.toByteArray()).isEqualTo(GoldenInputs.lcg(GoldenInputs.MISC_SEED, GoldenInputs.MISC_SIZE));
        assertThat(progress).last().isEqualTo((long) GoldenInputs.MISC_SIZE);
        assertThat(dev.idle()).isTrue();
        assertThat(dev.playedSegments()).anyMatch(l -> l.contains("SEND_DA")).anyMatch(l -> l.contains("JUMP_DA"))
                .anyMatch(l -> l.contains("SETUP_ENVIRONMENT")).anyMatch(l -> l.contains("SETUP_HW_INIT_PARAMS"))
                .anyMatch(l -> l.contains("addr=0x40000000")).anyMatch(l -> l.contains("addr=0x2A00000"));
        assertThat(dev.unplayedSegments()).noneMatch(l -> l.contains("SEND_DA") || l.contains("handshake")
                || l.contains("0x40000000") || l.contains("0x2A00000"));
    }

    @Test
    void writeSendsTheSameChunkChecksumAndFraming() throws Exception {
        TranscriptDevice dev = device("xflash-mt6765-write.txt", u -> u);
        DeviceSession s = connect(dev);
        byte[] data = GoldenInputs.lcg(GoldenInputs.HOST_FILE_SEED, GoldenInputs.MISC_SIZE);
        s.da().write(MISC, new ByteArrayInputStream(data), n -> { });
        assertThat(dev.idle()).isTrue();
        assertThat(dev.playedSegments()).anyMatch(l -> l.contains("WRITE_DATA") && l.contains("addr=0x2A00000"));
    }

    @Test
    void aBadDaChecksumFromTheDeviceEndsTheSession() throws Exception {
        TranscriptDevice dev = device("xflash-mt6765-read.txt",
                u -> replace(u, "checksum 0x8191", HexFormat.of().parseHex("81900000")));
        assertThatThrownBy(() -> connect(dev)).isInstanceOf(FlashException.class)
                .hasMessageContaining("corrupted Download Agent").hasMessageContaining("0x8190");
    }

    @Test
    void aChecksumErrorStatusOnAChunkIsReportedWithItsExplanation() throws Exception {
        TranscriptDevice dev = device("xflash-mt6765-write.txt", u -> replace(u, "status 0 (chunk written)",
                HexFormat.of().parseHex("efeeeefe0100000004000000030004c0")));
        DeviceSession s = connect(dev);
        byte[] data = GoldenInputs.lcg(GoldenInputs.HOST_FILE_SEED, GoldenInputs.MISC_SIZE);
        assertThatThrownBy(() -> s.da().write(MISC, new ByteArrayInputStream(data), n -> { }))
                .isInstanceOf(FlashException.class).hasMessageContaining("0xC0040003")
                .hasMessageContaining("checksum error").hasMessageContaining("offset 0x2a00000");
    }

    @Test
    void aSilentDeviceIsReportedAsNotAnswering() throws Exception {
        TranscriptDevice dev = device("xflash-mt6765-read.txt", u -> drop(u, "status 0 (read done)"));
        DeviceSession s = connect(dev);
        assertThatThrownBy(() -> s.da().read(MISC, new ByteArrayOutputStream(), n -> { }))
                .isInstanceOf(FlashException.class).hasMessageContaining("stopped answering")
                .hasMessageContaining("within 1 s");
    }

    @Test
    void aCorruptPacketMagicIsReportedAsACorruptReply() throws Exception {
        TranscriptDevice dev = device("xflash-mt6765-read.txt", u -> replace(u, "GET_PACKET_LENGTH data",
                HexFormat.of().parseHex("efeeeefd01000000080000000000100000001000")));
        assertThatThrownBy(() -> connect(dev)).isInstanceOf(FlashException.class).hasMessageContaining("corrupt reply")
                .hasMessageContaining("0xFDEEEEEF");
    }

    @Test
    void handshakeResynchronisesAfterStrayBytes() throws Exception {
        // a phone still sending its last words: a stray 0x5F-less reply to the first A0, then clean answers
        TranscriptDevice dev = device("xflash-mt6765-read.txt", u -> {
            List<Unit> l = new ArrayList<>();
            l.add(new Unit(true, 1, new byte[] { (byte) 0xA0 }, -1, "handshake byte A0 (first try)", 0));
            l.add(new Unit(false, 3, new byte[] { 0x12, 0x34, 0x56 }, -1, "stray bytes", 0));
            l.addAll(u);
            return l;
        });
        DeviceSession s = connect(dev);
        assertThat(s.identity().hwCode()).isEqualTo(0x0766);
    }

    private static List<Unit> replace(List<Unit> units, String annotationStart, byte[] bytes) {
        List<Unit> l = new ArrayList<>();
        boolean done = false;
        for (Unit u : units) {
            if (!done && u.annotation().startsWith(annotationStart)) {
                l.add(new Unit(u.hostToDevice(), bytes.length, bytes, -1, u.annotation(), u.line()));
                done = true;
            } else {
                l.add(u);
            }
        }
        assertThat(done).as("transcript line " + annotationStart).isTrue();
        return l;
    }

    private static List<Unit> drop(List<Unit> units, String annotationStart) {
        List<Unit> l = new ArrayList<>(units);
        int last = -1;
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).annotation().startsWith(annotationStart)) {
                last = i;
            }
        }
        l.remove(last);
        return l;
    }
}
