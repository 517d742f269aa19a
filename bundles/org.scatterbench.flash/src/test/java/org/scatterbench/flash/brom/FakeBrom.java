package org.scatterbench.flash.brom;

import java.nio.ByteBuffer;

/**
 * A tiny single-threaded BROM for host tests, written from MTK-PROTOCOL.md 2.1/2.2: handshake and
 * the identification commands only. Replies are queued as host bytes arrive; reading an empty
 * queue times out at once.
 */
final class FakeBrom extends ScriptedDevice {

    private final int hwCode;
    private final long targetConfig;
    private final boolean answersHandshake;
    private int handshakeStep;
    private boolean handshaken;

    FakeBrom(int hwCode, long targetConfig, boolean answersHandshake) {
        super("fake BROM");
        this.hwCode = hwCode;
        this.targetConfig = targetConfig;
        this.answersHandshake = answersHandshake;
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            onByte(data[i] & 0xFF);
        }
    }

    private void onByte(int b) {
        if (!handshaken) {
            int[] seq = { 0xA0, 0x0A, 0x50, 0x05 };
            if (!answersHandshake) {
                send(0x00);
                return;
            }
            handshakeStep = b == seq[handshakeStep] ? handshakeStep + 1 : (b == 0xA0 ? 1 : 0);
            send(~b & 0xFF);
            handshaken = handshakeStep == 4;
            return;
        }
        switch (b) {
            case 0xFD -> send(0xFD, hwCode >> 8, hwCode, 0, 0);
            case 0xD8 -> {
                send(0xD8);
                ByteBuffer x = ByteBuffer.allocate(6).putInt((int) targetConfig).putShort((short) 0);
                for (byte y : x.array()) {
                    send(y & 0xFF);
                }
            }
            case 0xFE -> send(0xFE);
            case 0xFC -> send(0xFC, 0x8A, 0, 0xCA, 0, 0, 0, 0, 0);
            case 0xE1, 0xE7 -> {
                send(b, 0, 0, 0, 4, 1, 2, 3, 4, 0, 0);
            }
            default -> send(b);
        }
    }
}
