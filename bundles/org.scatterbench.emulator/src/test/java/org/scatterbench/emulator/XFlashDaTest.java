package org.scatterbench.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.testhost.TestHost;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.storage.WriteJournal;
import org.scatterbench.emulator.transport.PipeEndpoint;
import org.scatterbench.emulator.xflash.DaStatus;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/** The XFlash DA layer (MTK-PROTOCOL.md section 5): commands, data paths and bad input. */
@Timeout(60)
class XFlashDaTest {

    private static final long USER = 8L << 20;
    private static final long BOOT = 512L << 10;
    private EmmcStorage storage;
    private VirtualPhone phone;
    private PipeEndpoint pipe;
    private TestHost h;

    @BeforeEach
    void connect() throws Exception {
        storage = EmmcStorage.inMemory(USER, BOOT, 256 << 10);
        phone = VirtualPhone.builder(ChipProfiles.mt6765(), storage).build();
        pipe = PipeEndpoint.connect(phone);
        h = new TestHost(pipe.hostIn(), pipe.hostOut());
        h.connect();
    }

    @AfterEach
    void close() {
        pipe.close();
    }

    private static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Proves the DA still answers after an error: a getter round trip. */
    private void stillServes() throws Exception {
        ByteBuffer pl = le(h.getter(0x040007));
        assertThat(pl.getInt()).isEqualTo(0x100000);
    }

    @Test
    void emmcInfoDescribesTheStorage() throws Exception {
        ByteBuffer b = le(h.getter(0x040001));
        assertThat(b.remaining()).isEqualTo(96);
        assertThat(b.getInt()).isEqualTo(1);
        assertThat(b.getInt()).isEqualTo(0x200);
        assertThat(b.getLong()).isEqualTo(BOOT);
        assertThat(b.getLong()).isEqualTo(BOOT);
        assertThat(b.getLong()).isEqualTo(256 << 10);
        for (int i = 0; i < 4; i++) {
            assertThat(b.getLong()).isZero();
        }
        assertThat(b.getLong()).isEqualTo(USER);
    }

    @Test
    void gettersAnswerDocumentedPayloads() throws Exception {
        assertThat(new String(h.getter(0x04000A), StandardCharsets.US_ASCII)).isEqualTo("preloader");
        assertThat(new String(h.getter(0x04000B), StandardCharsets.US_ASCII)).isEqualTo("high-speed");
        ByteBuffer chip = le(h.getter(0x04000D));
        assertThat(chip.getShort()).isEqualTo((short) 0x0766);
        assertThat(chip.getShort() & 0xFFFF).isEqualTo(0x8A00);
        assertThat(le(h.getter(0x0F0000)).getInt()).isEqualTo((int) 0xA1A2A3A4L);
        assertThat(le(h.getter(0x040016)).getInt()).isZero();
        assertThat(h.getter(0x04000C)).hasSize(24);
    }

    @Test
    void unsupportedCtrlCodeAndSetters() throws Exception {
        h.xsend(TestHost.DEVICE_CTRL);
        h.expectStatus(0);
        h.xsend(0x040002); // GET_NAND_INFO on an eMMC phone
        h.expectStatus(DaStatus.UNSUPPORTED_CTRL_CODE);
        h.xsend(TestHost.DEVICE_CTRL);
        h.expectStatus(0);
        h.xsend(0x020003);
        h.expectStatus(0);
        h.xsend(0);
        h.expectStatus(0);
        stillServes();
    }

    @Test
    void writeThenReadEachArea() throws Exception {
        byte[] user = random(3 * 4096 + 512, 1);
        h.writeData(8, 0x100000, user, 4096);
        assertThat(h.readData(8, 0x100000, user.length)).isEqualTo(user);
        byte[] boot = random(8192, 2);
        h.writeData(1, 0, boot, 8192);
        h.writeData(2, BOOT - 8192, boot, 8192);
        assertThat(h.readData(1, 0, 8192)).isEqualTo(boot);
        assertThat(h.readData(2, BOOT - 8192, 8192)).isEqualTo(boot);
        assertThat(h.readData(8, 0, 4096)).as("user area untouched elsewhere").isEqualTo(new byte[4096]);
        WriteJournal j = phone.journal();
        assertThat(j.touched(Region.EMMC_USER)).containsExactly(new ByteRange(Region.EMMC_USER, 0x100000, user.length));
        assertThat(j.touched(Region.EMMC_BOOT1)).containsExactly(new ByteRange(Region.EMMC_BOOT1, 0, 8192));
        assertThat(j.touched(Region.EMMC_BOOT2)).containsExactly(new ByteRange(Region.EMMC_BOOT2, BOOT - 8192, 8192));
    }

    @Test
    void largeReadIsSplitIntoPacketsOfTheReadLength() throws Exception {
        byte[] data = random((1 << 20) + 4096, 3);
        storage.user().write(0, data, 0, data.length);
        h.xsend(TestHost.READ_DATA);
        h.expectStatus(0);
        h.xsend(TestHost.storageParam(8, 0, data.length));
        h.expectStatus(0);
        h.expectStatus(0);
        byte[] first = h.readPacket();
        h.xsend(0);
        byte[] second = h.readPacket();
        h.xsend(0);
        h.expectStatus(0);
        assertThat(first).hasSize(1 << 20);
        assertThat(second).hasSize(4096);
        assertThat(Arrays.copyOf(first, 16)).isEqualTo(Arrays.copyOf(data, 16));
    }

    @Test
    void aReadNeverEndsWithAFourBytePacket() throws Exception {
        int n = (1 << 20) + 4;
        byte[] data = random(n, 4);
        storage.user().write(0, data, 0, n);
        assertThat(h.readData(8, 0, n)).isEqualTo(data);
    }

    @Test
    void writePastTheEndIsRefusedAndNothingIsWritten() throws Exception {
        h.xsend(TestHost.WRITE_DATA);
        h.expectStatus(0);
        h.xsend(TestHost.storageParam(8, USER - 512, 1024));
        h.expectStatus(DaStatus.EXCEED_AVAILABLE_RANGE);
        assertThat(phone.journal().isEmpty()).isTrue();
        stillServes();
    }

    @Test
    void hugeAddressesAndLengthsDoNotWrapAround() throws Exception {
        h.xsend(TestHost.READ_DATA);
        h.expectStatus(0);
        h.xsend(TestHost.storageParam(8, 0xFFFFFFFFFFFFFE00L, 0x400));
        h.expectStatus(DaStatus.EXCEED_AVAILABLE_RANGE);
        h.xsend(TestHost.WRITE_DATA);
        h.expectStatus(0);
        h.xsend(TestHost.storageParam(1, 0x200, 0xFFFFFFFFFFFFFF00L));
        h.expectStatus(DaStatus.EXCEED_AVAILABLE_RANGE);
        assertThat(phone.journal().isEmpty()).isTrue();
        stillServes();
    }

    @Test
    void unknownAreaAndStorageAreRefused() throws Exception {
        h.xsend(TestHost.READ_DATA);
        h.expectStatus(0);
        h.xsend(TestHost.storageParam(5, 0, 512));
        h.expectStatus(DaStatus.PARTITION_NOT_FOUND);
        h.xsend(TestHost.READ_DATA);
        h.expectStatus(0);
        byte[] ufs = TestHost.storageParam(8, 0, 512);
        le(ufs).putInt(0, 0x30);
        h.xsend(ufs);
        h.expectStatus(DaStatus.STORAGE_MISMATCH);
        stillServes();
    }

    @Test
    void badChunkChecksumIsRejectedAndNotWritten() throws Exception {
        byte[] good = random(4096, 5);
        byte[] bad = random(4096, 6);
        h.xsend(TestHost.WRITE_DATA);
        h.expectStatus(0);
        h.xsend(TestHost.storageParam(8, 0x10000, 8192));
        h.expectStatus(0);
        h.xsend(0);
        h.xsend(TestHost.sum16(good));
        h.xsend(good);
        h.expectStatus(0);
        h.xsend(0);
        h.xsend((TestHost.sum16(bad) + 1) & 0xFFFF);
        h.xsend(bad);
        h.expectStatus(DaStatus.CHECKSUM_ERROR);
        assertThat(phone.journal().touched(Region.EMMC_USER))
                .containsExactly(new ByteRange(Region.EMMC_USER, 0x10000, 4096));
        assertThat(h.readData(8, 0x11000, 4096)).isEqualTo(new byte[4096]);
        assertThat(h.readData(8, 0x10000, 4096)).isEqualTo(good);
    }

    @Test
    void chunkLongerThanTheRangeIsRefused() throws Exception {
        h.xsend(TestHost.WRITE_DATA);
        h.expectStatus(0);
        h.xsend(TestHost.storageParam(8, 0, 512));
        h.expectStatus(0);
        byte[] big = random(4096, 7);
        h.xsend(0);
        h.xsend(TestHost.sum16(big));
        h.xsend(big);
        h.expectStatus(DaStatus.EXCEED_AVAILABLE_RANGE);
        assertThat(phone.journal().isEmpty()).isTrue();
        stillServes();
    }

    @Test
    void oversizePacketLengthIsRefusedAndTheDaResyncs() throws Exception {
        h.send(TestHost.le(12).putInt(0xFEEEEEEF).putInt(1).putInt(0x7FFFFFF0).array());
        h.expectStatus(DaStatus.BUFFER_OVERFLOW);
        h.send(random(100, 8)); // whatever the host still had to say
        stillServes();
    }

    @Test
    void garbageGetsAProtocolErrorAndTheDaResyncs() throws Exception {
        h.send("this is not a packet".getBytes(StandardCharsets.US_ASCII));
        h.expectStatus(DaStatus.PROTOCOL_ERROR);
        stillServes();
        assertThat(phone.journal().isEmpty()).isTrue();
    }

    @Test
    void unknownCommandIsUnsupported() throws Exception {
        h.xsend(0x010077);
        h.expectStatus(DaStatus.UNSUPPORTED_COMMAND);
        stillServes();
    }

    @Test
    void formatReportsProgressAndZeroesExactlyTheRange() throws Exception {
        byte[] data = random(0x1400000 > USER ? 0x200000 : 0x200000, 9);
        storage.user().write(0, data, 0, data.length);
        storage.journal().clear();
        h.xsend(TestHost.FORMAT);
        h.expectStatus(0);
        h.xsend(TestHost.storageParam(8, 0x1000, 0x100000));
        h.expectStatus(0);
        h.expectStatus(DaStatus.CONTINUE);
        assertThat(h.readStatus()).as("progress").isEqualTo(100);
        h.xsend(0);
        h.expectStatus(DaStatus.COMPLETE);
        assertThat(h.readData(8, 0x1000, 0x100000)).isEqualTo(new byte[0x100000]);
        assertThat(h.readData(8, 0, 0x1000)).isEqualTo(Arrays.copyOf(data, 0x1000));
        assertThat(h.readData(8, 0x101000, 0x1000)).isEqualTo(Arrays.copyOfRange(data, 0x101000, 0x102000));
        assertThat(phone.journal().entries()).containsExactly(new WriteJournal.Entry(WriteJournal.Kind.ERASE,
                new ByteRange(Region.EMMC_USER, 0x1000, 0x100000)));
    }

    @Test
    void shutdownEndsTheSession() throws Exception {
        h.xsend(0x010007);
        h.expectStatus(0);
        h.xsend(new byte[32]);
        h.expectStatus(0);
        assertThat(pipe.awaitEnd(10, TimeUnit.SECONDS).end()).contains(SessionLog.End.SHUTDOWN);
    }

    @Test
    void storageCommandsWaitForDa2() throws Exception {
        try (PipeEndpoint fresh = PipeEndpoint.connect(phone)) {
            pipe.close(); // the phone serves one session at a time: end the one opened for the other tests
            TestHost host = new TestHost(fresh.hostIn(), fresh.hostOut());
            host.handshake();
            host.uploadDa1();
            host.daSetup();
            host.xsend(TestHost.READ_DATA);
            host.expectStatus(DaStatus.INVALID_STAGE);
            host.xsend(TestHost.WRITE_DATA);
            host.expectStatus(DaStatus.INVALID_STAGE);
            host.xsend(TestHost.FORMAT);
            host.expectStatus(DaStatus.INVALID_STAGE);
            assertThat(le(host.getter(0x04000A)).remaining()).as("DEVICE_CTRL works before DA2").isEqualTo(9);
        }
        assertThat(phone.journal().isEmpty()).isTrue();
    }

    /** A phone served from a 1 MiB image file, instead of the in-memory one of the other tests. */
    private record FilePhone(EmmcStorage storage, VirtualPhone phone) {
    }

    private FilePhone filePhone(java.nio.file.Path dir) throws java.io.IOException {
        pipe.close();
        java.nio.file.Path img = java.nio.file.Files.write(dir.resolve("phone.img"), new byte[1 << 20]);
        EmmcStorage fileStorage = EmmcStorage.onImage(img, 4096, 4096);
        return new FilePhone(fileStorage, VirtualPhone.builder(ChipProfiles.mt6765(), fileStorage).build());
    }

    @Test
    void aFailingImageFileGetsADaErrorNotACrash(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        FilePhone fp = filePhone(dir);
        try (PipeEndpoint p = PipeEndpoint.connect(fp.phone())) {
            TestHost host = new TestHost(p.hostIn(), p.hostOut());
            host.connect();
            fp.storage().close(); // the image file goes away under the phone
            host.xsend(TestHost.READ_DATA);
            host.expectStatus(0);
            host.xsend(TestHost.storageParam(8, 0, 4096));
            host.expectStatus(0);
            host.expectStatus(0);
            host.expectStatus(DaStatus.ERROR);
            assertThat(le(host.getter(0x040007)).getInt()).as("the DA still serves").isEqualTo(0x100000);
        }
    }

    @Test
    void aWriteWhoseStorageFailsNeverEndsWithOk(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        FilePhone fp = filePhone(dir);
        try (PipeEndpoint p = PipeEndpoint.connect(fp.phone())) {
            TestHost host = new TestHost(p.hostIn(), p.hostOut());
            host.connect();
            fp.storage().close(); // the flash fails under the phone
            byte[] chunk = random(4096, 11);
            host.xsend(TestHost.WRITE_DATA);
            host.expectStatus(0);
            host.xsend(TestHost.storageParam(8, 0x1000, 8192));
            host.expectStatus(0);
            long last = 0;
            for (int i = 0; i < 2 && last == 0; i++) {
                host.xsend(0);
                host.xsend(TestHost.sum16(chunk));
                host.xsend(chunk);
                last = host.readStatus();
            }
            if (last == 0) {
                last = host.readStatus(); // the final status
            }
            assertThat(last).as("the write ends with the storage error, not OK").isEqualTo(DaStatus.ERROR);
            assertThat(fp.phone().journal().isEmpty()).as("nothing recorded as written").isTrue();
            assertThat(le(host.getter(0x040007)).getInt()).as("the DA still serves").isEqualTo(0x100000);
        }
    }

    @Test
    void extensionBootAndCustomStorage() throws Exception {
        h.bootTo(0x4FFF0000L, random(16428, 10));
        assertThat(le(h.getter(0x0F0000)).getInt()).isEqualTo((int) 0xA1A2A3A4L);
        h.xsend(TestHost.DEVICE_CTRL);
        h.expectStatus(0);
        h.xsend(0x0F0005);
        h.expectStatus(0);
        h.xsend(0);
        h.expectStatus(0);
        stillServes();
    }
}
