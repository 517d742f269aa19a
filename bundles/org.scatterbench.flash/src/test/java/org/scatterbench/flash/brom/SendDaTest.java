package org.scatterbench.flash.brom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.flash.FlashException;

/**
 * SEND_DA as a USB boot ROM sees it (MTK-PROTOCOL.md 2.2): the command and its three fields, the
 * image in one write, then exactly one end-of-transfer; and the checksum reply rules (0 means the
 * device did not compute one; any other mismatch is a corrupted upload).
 */
class SendDaTest {

    private static final int END = -1;

    /** A boot ROM that knows only SEND_DA and answers a fixed checksum, recording the host's writes. */
    private static final class SendDaBrom extends ScriptedDevice {
        final List<Integer> writes = new ArrayList<>();
        final ByteArrayOutputStream image = new ByteArrayOutputStream();
        private final int checksum;
        private final ByteArrayOutputStream fields = new ByteArrayOutputStream();
        private int length = -1;

        SendDaBrom(int checksum) {
            super("SEND_DA fake");
            this.checksum = checksum;
        }

        @Override
        public void write(byte[] data, int offset, int len) {
            writes.add(len);
            for (int i = offset; i < offset + len; i++) {
                onByte(data[i]);
            }
        }

        private void onByte(byte b) {
            if (fields.size() < 13) {
                fields.write(b);
                send(b & 0xFF); // the command and every field byte are echoed
                if (fields.size() == 13) {
                    byte[] f = fields.toByteArray();
                    length = ((f[5] & 0xFF) << 24) | ((f[6] & 0xFF) << 16) | ((f[7] & 0xFF) << 8) | (f[8] & 0xFF);
                    send(0, 0);
                }
                return;
            }
            image.write(b);
            if (image.size() == length) {
                send(checksum >> 8, checksum, 0, 0);
            }
        }

        @Override
        public void endOfTransfer() {
            writes.add(END);
        }
    }

    private static byte[] image(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    @Test
    void theImageGoesInOneWriteFollowedByOneEndOfTransfer() throws Exception {
        byte[] da1 = image(3 * 4096 + 100);
        SendDaBrom brom = new SendDaBrom(Xor16.of(da1));
        List<Long> progress = new ArrayList<>();
        new BromClient(brom, Duration.ofSeconds(1)).sendDa(0x200000, da1, 0x100, progress::add);
        // command, load address, length, signature length, image, zero-length packet
        assertThat(brom.writes).containsExactly(1, 4, 4, 4, da1.length, END);
        assertThat(brom.image.toByteArray()).isEqualTo(da1);
        assertThat(progress).containsExactly((long) da1.length);
    }

    @Test
    void aChecksumOfZeroIsAccepted() throws Exception {
        byte[] da1 = image(4098);
        assertThat(Xor16.of(da1)).isNotZero();
        SendDaBrom brom = new SendDaBrom(0);
        new BromClient(brom, Duration.ofSeconds(1)).sendDa(0x200000, da1, 0x100, n -> { });
        assertThat(brom.image.size()).isEqualTo(4098);
    }

    @Test
    void aWrongNonZeroChecksumIsACorruptedUpload() {
        byte[] da1 = image(4098);
        int wrong = Xor16.of(da1) ^ 0x0100;
        SendDaBrom brom = new SendDaBrom(wrong);
        assertThatThrownBy(() -> new BromClient(brom, Duration.ofSeconds(1)).sendDa(0x200000, da1, 0x100, n -> { }))
                .isInstanceOf(FlashException.class).hasMessageContaining("corrupted Download Agent")
                .hasMessageContaining(String.format("0x%04X", wrong));
    }
}
