package org.scatterbench.emulator.brom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.scatterbench.emulator.BootMode;
import org.scatterbench.emulator.SessionLog;
import org.scatterbench.emulator.chip.ChipProfile;
import org.scatterbench.emulator.wire.DeviceLink;

/**
 * The boot ROM (or preloader) side of MTK-PROTOCOL.md section 2: the bitwise-NOT handshake, then
 * big-endian commands until the host jumps to the DA it uploaded. Unknown commands are echoed, as
 * a real BROM does. {@link #run()} returns the address of the jump; the caller starts the DA.
 */
public final class BromLayer {

    /** Words a READ/WRITE16/32 may move in one command; more is refused, never allocated. */
    static final long MAX_WORDS = 0x10000;
    /** Largest DA1 accepted by SEND_DA (real SRAM is smaller still). */
    static final long MAX_DA_LENGTH = 16L << 20;

    private static final int[] HANDSHAKE = { 0xA0, 0x0A, 0x50, 0x05 };

    private final DeviceLink link;
    private final ChipProfile chip;
    private final BootMode mode;
    private final SessionLog log;
    private final Map<Long, Long> registers = new HashMap<>();
    private SessionLog.Upload da1;
    /** A byte the handshake read ahead and the command loop must see first, or -1. */
    private int pushedBack = -1;

    public BromLayer(DeviceLink link, ChipProfile chip, BootMode mode, SessionLog log) {
        this.link = link;
        this.chip = chip;
        this.mode = mode;
        this.log = log;
    }

    /** Runs the handshake and the command loop; returns the DA address the host jumped to. */
    public long run() throws IOException {
        handshake(0);
        while (true) {
            int cmd = pushedBack >= 0 ? pushedBack : link.readByte();
            pushedBack = -1;
            Long jumped = command(cmd);
            if (jumped != null) {
                return jumped;
            }
        }
    }

    /**
     * Each byte of A0 0A 50 05 is answered with its bitwise NOT. A stray A0 starts over from the
     * second byte; any other stray byte gets no answer and resets the sequence, so a host that
     * restarts its handshake after a timeout always gets back in step.
     *
     * <p>A serial host resends A0 every 20 ms until it hears 5F. When several A0 are already
     * waiting (the line came up late), only the last one is answered: answering each would leave
     * 5F bytes queued that the host would later read in place of the other echoes, for ever.
     */
    private void handshake(int start) throws IOException {
        int idx = start;
        int next = -1;
        while (idx < HANDSHAKE.length) {
            int b = next >= 0 ? next : link.readByte();
            next = -1;
            if (b == HANDSHAKE[0] && link.pendingInput() > 0) {
                next = link.readByte();
                if (next == HANDSHAKE[0]) {
                    idx = 1;
                    continue; // superseded by the A0 behind it
                }
            }
            if (b == HANDSHAKE[idx]) {
                link.writeByte(~b & 0xFF);
                idx++;
            } else if (b == HANDSHAKE[0]) {
                link.writeByte(~b & 0xFF);
                idx = 1;
            } else {
                idx = 0;
            }
        }
        if (next >= 0) {
            pushedBack = next;
        }
        log.event("BROM handshake");
    }

    private Long command(int cmd) throws IOException {
        switch (cmd) {
            case 0xA0:
                // a host that lost step restarts the handshake
                link.writeByte(0x5F);
                handshake(1);
                return null;
            case 0xFD:
                log.event("BROM GET_HW_CODE");
                link.writeByte(cmd);
                link.write(be16(chip.hwCode(), BromStatus.OK));
                return null;
            case 0xFC:
                log.event("BROM GET_HW_SW_VER");
                link.writeByte(cmd);
                link.write(be16(chip.hwSubCode(), chip.hwVersion(), chip.swVersion(), BromStatus.OK));
                return null;
            case 0xFE:
                log.event("BROM GET_BL_VER");
                link.writeByte(mode == BootMode.BROM ? cmd : chip.blVersion());
                return null;
            case 0xFF:
                log.event("BROM GET_VERSION");
                link.writeByte(chip.bromVersion());
                return null;
            case 0xD8:
                log.event("BROM GET_TARGET_CONFIG");
                link.writeByte(cmd);
                link.write(ByteBuffer.allocate(6).putInt((int) chip.targetConfig()).putShort((short) 0).array());
                return null;
            case 0xFB:
                log.event("BROM GET_PL_CAP");
                link.writeByte(cmd);
                link.write(new byte[8]);
                return null;
            case 0xE1:
                log.event("BROM GET_ME_ID");
                sendId(cmd, chip.meId());
                return null;
            case 0xE7:
                log.event("BROM GET_SOC_ID");
                sendId(cmd, chip.socId());
                return null;
            case 0xD1:
                readWords(cmd, 4);
                return null;
            case 0xD0:
                readWords(cmd, 2);
                return null;
            case 0xD4:
                writeWords(cmd, 4);
                return null;
            case 0xD2:
                writeWords(cmd, 2);
                return null;
            case 0xD7:
                sendDa(cmd);
                return null;
            case 0xD5:
                return jumpDa(cmd, false);
            case 0xDE:
                return jumpDa(cmd, true);
            default:
                log.event(String.format("BROM unknown %02X (echoed)", cmd));
                link.writeByte(cmd);
                return null;
        }
    }

    private void sendId(int cmd, byte[] id) throws IOException {
        link.writeByte(cmd);
        ByteBuffer b = ByteBuffer.allocate(4 + id.length + 2);
        b.putInt(id.length).put(id).putShort((short) 0); // status 0 reads the same in either byte order
        link.write(b.array());
    }

    private long echoU32() throws IOException {
        byte[] v = link.readFully(4);
        link.write(v);
        return ByteBuffer.wrap(v).getInt() & 0xFFFFFFFFL;
    }

    private void readWords(int cmd, int width) throws IOException {
        link.writeByte(cmd);
        long addr = echoU32();
        long count = echoU32();
        log.event(String.format("BROM READ%d 0x%08X x%d", width * 8, addr, count));
        if (count > MAX_WORDS) {
            link.write(be16(BromStatus.BAD_ARGUMENT));
            return;
        }
        link.write(be16(BromStatus.OK));
        ByteBuffer data = ByteBuffer.allocate((int) count * width);
        for (long i = 0; i < count; i++) {
            long v = registers.getOrDefault((addr + i * width) & 0xFFFFFFFFL, 0L);
            if (width == 4) {
                data.putInt((int) v);
            } else {
                data.putShort((short) v);
            }
        }
        link.write(data.array());
        link.write(be16(BromStatus.OK));
    }

    private void writeWords(int cmd, int width) throws IOException {
        link.writeByte(cmd);
        long addr = echoU32();
        long count = echoU32();
        log.event(String.format("BROM WRITE%d 0x%08X x%d", width * 8, addr, count));
        if (count > MAX_WORDS) {
            link.write(be16(BromStatus.BAD_ARGUMENT));
            return;
        }
        link.write(be16(BromStatus.WRITE_ACCEPTED));
        for (long i = 0; i < count; i++) {
            byte[] v = link.readFully(width);
            link.write(v);
            long value = width == 4 ? ByteBuffer.wrap(v).getInt() & 0xFFFFFFFFL : ByteBuffer.wrap(v).getShort() & 0xFFFF;
            registers.put((addr + i * width) & 0xFFFFFFFFL, value);
        }
        link.write(be16(BromStatus.WRITE_ACCEPTED));
    }

    private void sendDa(int cmd) throws IOException {
        link.writeByte(cmd);
        long addr = echoU32();
        long length = echoU32();
        long sigLen = echoU32();
        log.event(String.format("BROM SEND_DA 0x%08X len 0x%X sig 0x%X", addr, length, sigLen));
        if (chip.requiresAuth()) {
            link.write(be16(BromStatus.SLA_REQUIRED));
            return;
        }
        if (length > MAX_DA_LENGTH || sigLen > length) {
            link.write(be16(BromStatus.BAD_ARGUMENT));
            return;
        }
        link.write(be16(BromStatus.OK));
        byte[] image = link.readFully((int) length);
        da1 = new SessionLog.Upload(addr, image, sigLen);
        log.da1(da1);
        link.write(be16(Xor16.of(image), BromStatus.OK));
    }

    private Long jumpDa(int cmd, boolean wide) throws IOException {
        link.writeByte(cmd);
        byte[] a = link.readFully(4);
        link.write(a);
        long addr = ByteBuffer.wrap(a).getInt() & 0xFFFFFFFFL;
        if (wide) {
            link.writeByte(link.readByte());
        }
        log.event(String.format("BROM JUMP_DA%s 0x%08X", wide ? "64" : "", addr));
        if (da1 == null || da1.address() != addr) {
            link.write(be16(BromStatus.BAD_ARGUMENT));
            return null;
        }
        link.write(be16(BromStatus.OK));
        return addr;
    }

    private static byte[] be16(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }
}
