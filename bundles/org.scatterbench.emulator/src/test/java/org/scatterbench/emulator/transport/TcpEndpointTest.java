package org.scatterbench.emulator.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scatterbench.emulator.SessionLog;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.storage.EmmcStorage;

@Timeout(60)
class TcpEndpointTest {

    private static void handshakeAndHwCode(Socket s) throws Exception {
        var out = s.getOutputStream();
        var in = s.getInputStream();
        for (int b : new int[] { 0xA0, 0x0A, 0x50, 0x05 }) {
            out.write(b);
            out.flush();
            assertThat(in.read()).isEqualTo(~b & 0xFF);
        }
        out.write(0xFD);
        out.flush();
        assertThat(in.readNBytes(5)).isEqualTo(HexFormat.of().parseHex("fd07660000"));
    }

    @Test
    void listensOnLoopbackOnlyAndServesSessionsOneAfterAnother() throws Exception {
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), EmmcStorage.inMemory(1 << 20, 4096, 4096))
                .build();
        try (TcpEndpoint tcp = TcpEndpoint.listen(phone, 0)) {
            assertThat(tcp.port()).isPositive();
            assertThat(tcp.address()).isEqualTo("tcp://127.0.0.1:" + tcp.port());
            Socket second;
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), tcp.port())) {
                handshakeAndHwCode(s);
                // a second host connects meanwhile: it waits for its turn
                second = new Socket(InetAddress.getLoopbackAddress(), tcp.port());
                second.getOutputStream().write(0xA0);
                second.getOutputStream().flush();
                // leave this session in the middle of a command: the next must start clean
                s.getOutputStream().write(0xD7);
                s.getOutputStream().flush();
                assertThat(s.getInputStream().read()).isEqualTo(0xD7);
            }
            try (second) {
                assertThat(second.getInputStream().read()).as("served once the first host left").isEqualTo(0x5F);
                handshakeAndHwCode(second);
            }
            assertThat(phone.awaitSessions(2, 20, TimeUnit.SECONDS)).isTrue();
            assertThat(phone.sessions()).extracting(l -> l.end().orElseThrow())
                    .containsExactly(SessionLog.End.HOST_CLOSED, SessionLog.End.HOST_CLOSED);
        }
    }

    @Test
    void twoPhonesListenAtOnce() throws Exception {
        VirtualPhone a = VirtualPhone.builder(ChipProfiles.mt6765(), EmmcStorage.inMemory(1 << 20, 4096, 4096)).build();
        VirtualPhone b = VirtualPhone.builder(ChipProfiles.byName("mt6768").orElseThrow(),
                EmmcStorage.inMemory(1 << 20, 4096, 4096)).build();
        try (TcpEndpoint ta = TcpEndpoint.listen(a, 0); TcpEndpoint tb = TcpEndpoint.listen(b, 0)) {
            assertThat(ta.port()).isNotEqualTo(tb.port());
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), tb.port())) {
                var out = s.getOutputStream();
                for (int x : new int[] { 0xA0, 0x0A, 0x50, 0x05 }) {
                    out.write(x);
                    out.flush();
                    s.getInputStream().read();
                }
                out.write(0xFD);
                out.flush();
                assertThat(s.getInputStream().readNBytes(5)).isEqualTo(HexFormat.of().parseHex("fd07070000"));
            }
        }
    }
}
