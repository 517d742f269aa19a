package org.scatterbench.flash.brom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.scatterbench.flash.FlashException;

class BromClientTest {

    private static final HandshakeOptions FAST = new HandshakeOptions(3, Duration.ofMillis(10));

    @Test
    void identifiesTheChip() throws Exception {
        BromClient c = new BromClient(new FakeBrom(0x0766, 0, true), Duration.ofSeconds(1));
        c.handshake(FAST);
        BromIdentity id = c.identify();
        assertThat(id.hwCode()).isEqualTo(0x0766);
        assertThat(id.hwVersion()).isEqualTo(0xCA00);
        assertThat(id.brom()).isTrue();
        assertThat(id.meIdHex()).isEqualTo("01020304");
        assertThat(id.targetConfig().authRequired()).isFalse();
    }

    @Test
    void aPhoneThatNeverHandshakesGetsAPlainInstruction() {
        BromClient c = new BromClient(new FakeBrom(0x0766, 0, false), Duration.ofSeconds(1));
        assertThatThrownBy(() -> c.handshake(FAST)).isInstanceOf(FlashException.class)
                .hasMessageContaining("no BROM handshake on fake-port after 3 attempts")
                .hasMessageContaining("00 in answer to A0").hasMessageContaining("download mode");
    }

    @Test
    void aLockedChipReportsItsSecurity() throws Exception {
        BromClient c = new BromClient(new FakeBrom(0x0766, 0x7, true), Duration.ofSeconds(1));
        c.handshake(FAST);
        assertThat(c.identify().targetConfig().authRequired()).isTrue();
    }
}
