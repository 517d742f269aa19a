package org.scatterbench.emulator.testhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.scatterbench.emulator.golden.GoldenDa;

/**
 * A minimal host for tests, written from MTK-PROTOCOL.md in the test tree (the real host lives in
 * other bundles and must not be shared with the device side). Each method sends the documented
 * bytes and checks the documented answer.
 */
public final class TestHost {

    public static final long DEVICE_CTRL = 0x010009;
    public static final long READ_DATA = 0x010005;
    public static final long WRITE_DATA = 0x010004;
    public static final long FORMAT = 0x010003;
    public static final long BOOT_TO = 0x010008;

    private final InputStream in;
    private final OutputStream out;

    public TestHost(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    public void send(int... bytes) throws IOException {
        for (int b : bytes) {
            out.write(b);
        }
        out.flush();
    }

    public void send(byte[] b) throws IOException {
        out.write(b);
        out.flush();
    }

    public byte[] read(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new EOFException("phone sent " + b.length + " of " + n + " bytes");
        }
        return b;
    }

    public int readByte() throws IOException {
        return read(1)[0] & 0xFF;
    }

    public int readBe16() throws IOException {
        return ByteBuffer.wrap(read(2)).getShort() & 0xFFFF;
    }

    public void handshake() throws IOException {
        for (int b : new int[] { 0xA0, 0x0A, 0x50, 0x05 }) {
            send(b);
            assertThat(readByte()).isEqualTo(~b & 0xFF);
        }
    }

    public void handshakeFromSecondByte() throws IOException {
        for (int b : new int[] { 0x0A, 0x50, 0x05 }) {
            send(b);
            assertThat(readByte()).isEqualTo(~b & 0xFF);
        }
    }

    public void echoU32(long v) throws IOException {
        byte[] b = ByteBuffer.allocate(4).putInt((int) v).array();
        send(b);
        assertThat(read(4)).isEqualTo(b);
    }

    /** SEND_DA + JUMP_DA of the golden DA1; returns after the DA's C0. */
    public void uploadDa1() throws IOException {
        byte[] da1 = GoldenDa.da1();
        send(0xD7);
        assertThat(readByte()).isEqualTo(0xD7);
        echoU32(0x200000);
        echoU32(da1.length);
        echoU32(0x100);
        assertThat(readBe16()).isZero();
        send(da1);
        read(2); // checksum
        assertThat(readBe16()).isZero();
        send(0xD5);
        assertThat(readByte()).isEqualTo(0xD5);
        send(ByteBuffer.allocate(4).putInt(0x200000).array());
        assertThat(ByteBuffer.wrap(read(4)).getInt()).isEqualTo(0x200000);
        assertThat(readBe16()).isZero();
        assertThat(readByte()).isEqualTo(0xC0);
    }

    /** The DA bring-up of section 5.2 and the DA2 BOOT_TO of 5.6. */
    public void daBringUp() throws IOException {
        daSetup();
        bootTo(0x40000000L, java.util.Arrays.copyOf(GoldenDa.da2(), 0x2000));
    }

    /** SYNC, SETUP_ENVIRONMENT, SETUP_HW_INIT_PARAMS and the DA's SYNC: DA1 runs, DA2 is not booted yet. */
    public void daSetup() throws IOException {
        xsend(0x434E5953L);
        xsend(0x010100);
        xsend(le(20).putInt(2).putInt(1).putInt(1).putInt(0).putInt(0).array());
        expectStatus(0);
        xsend(0x010101);
        xsend(0);
        expectStatus(0);
        assertThat(readStatus()).isEqualTo(0x434E5953L);
    }

    public void bootTo(long addr, byte[] image) throws IOException {
        xsend(BOOT_TO);
        expectStatus(0);
        xsend(le(16).putLong(addr).putLong(image.length).array());
        xsend(image);
        expectStatus(0);
        expectStatus(0);
    }

    /** Handshake, DA1, bring-up, DA2: the phone is ready for storage commands. */
    public void connect() throws IOException {
        handshake();
        uploadDa1();
        daBringUp();
    }

    public void xsend(long u32) throws IOException {
        xsend(le(4).putInt((int) u32).array());
    }

    public void xsend(byte[] payload) throws IOException {
        send(le(12).putInt(0xFEEEEEEF).putInt(1).putInt(payload.length).array());
        send(payload);
    }

    public byte[] readPacket() throws IOException {
        ByteBuffer h = ByteBuffer.wrap(read(12)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(h.getInt() & 0xFFFFFFFFL).as("packet magic").isEqualTo(0xFEEEEEEFL);
        assertThat(h.getInt()).as("data type").isEqualTo(1);
        return read(h.getInt());
    }

    public long readStatus() throws IOException {
        byte[] p = readPacket();
        assertThat(p).as("status packet").hasSize(4);
        return ByteBuffer.wrap(p).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
    }

    public void expectStatus(long s) throws IOException {
        assertThat(readStatus()).as("status").isEqualTo(s);
    }

    /** DEVICE_CTRL getter: returns the data packet. */
    public byte[] getter(long code) throws IOException {
        xsend(DEVICE_CTRL);
        expectStatus(0);
        xsend(code);
        expectStatus(0);
        byte[] data = readPacket();
        expectStatus(0);
        return data;
    }

    public static byte[] storageParam(int area, long addr, long length) {
        return le(56).putInt(1).putInt(area).putLong(addr).putLong(length).array();
    }

    /** READ_DATA with acks; returns the bytes. */
    public byte[] readData(int area, long addr, int length) throws IOException {
        xsend(READ_DATA);
        expectStatus(0);
        xsend(storageParam(area, addr, length));
        expectStatus(0);
        expectStatus(0);
        ByteBuffer got = ByteBuffer.allocate(length);
        while (got.hasRemaining()) {
            byte[] chunk = readPacket();
            assertThat(chunk.length).as("data packets are longer than 4 bytes").isGreaterThan(4);
            got.put(chunk);
            xsend(0);
        }
        expectStatus(0);
        return got.array();
    }

    /** WRITE_DATA in chunks of {@code chunk} bytes with correct checksums. */
    public void writeData(int area, long addr, byte[] data, int chunk) throws IOException {
        xsend(WRITE_DATA);
        expectStatus(0);
        xsend(storageParam(area, addr, data.length));
        expectStatus(0);
        for (int off = 0; off < data.length; off += chunk) {
            byte[] c = java.util.Arrays.copyOfRange(data, off, Math.min(data.length, off + chunk));
            xsend(0);
            xsend(sum16(c));
            xsend(c);
            expectStatus(0);
        }
        expectStatus(0);
    }

    public static int sum16(byte[] b) {
        int s = 0;
        for (byte x : b) {
            s += x & 0xFF;
        }
        return s & 0xFFFF;
    }

    public static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
