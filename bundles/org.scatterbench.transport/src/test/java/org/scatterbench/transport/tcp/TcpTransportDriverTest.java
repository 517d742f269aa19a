package org.scatterbench.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.scatterbench.transport.InvalidPortSpecException;
import org.scatterbench.transport.TransportOptions;

class TcpTransportDriverTest {

    private final TcpTransportDriver driver = new TcpTransportDriver();

    @Test
    void acceptsLoopbackAddressesOnly() throws Exception {
        assertThat(LoopbackAddress.parse("tcp://127.0.0.1:5555").getAddress().isLoopbackAddress()).isTrue();
        assertThat(LoopbackAddress.parse("tcp://localhost:5555").getPort()).isEqualTo(5555);
        assertThat(LoopbackAddress.parse("tcp://127.3.2.1:1").getAddress().isLoopbackAddress()).isTrue();
        assertThat(LoopbackAddress.parse("tcp://[::1]:80").getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void refusesOtherHostsWithAClearMessage() {
        for (String spec : new String[] { "tcp://10.0.0.5:5555", "tcp://192.168.1.2:5555", "tcp://example.com:5555",
                "tcp://0.0.0.0:5555" }) {
            assertThatThrownBy(() -> driver.open(spec, TransportOptions.defaults()))
                    .isInstanceOf(InvalidPortSpecException.class)
                    .hasMessageContaining("refusing tcp port '" + spec + "'")
                    .hasMessageContaining("only connects to this machine")
                    .hasMessageContaining("emulator");
        }
    }

    @Test
    void malformedSpecsAreNamed() {
        assertThatThrownBy(() -> LoopbackAddress.parse("tcp://127.0.0.1")).hasMessageContaining("needs a host and a port");
        assertThatThrownBy(() -> LoopbackAddress.parse("tcp://127.0.0.1:0")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> LoopbackAddress.parse("tcp://127.0.0.1:80/x")).hasMessageContaining("just tcp://HOST:PORT");
        assertThatThrownBy(() -> LoopbackAddress.parse("udp://127.0.0.1:80")).hasMessageContaining("not a tcp port");
    }

    @Test
    void nothingListeningSaysToStartTheEmulator() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String spec = "tcp://127.0.0.1:" + port;
        assertThatThrownBy(() -> driver.open(spec, TransportOptions.defaults()))
                .hasMessageContaining("nothing accepts connections on " + spec).hasMessageContaining("start the emulator");
    }

    @Test
    void claimsTcpSpecsOnly() {
        assertThat(driver.accepts("tcp://127.0.0.1:1")).isTrue();
        assertThat(driver.accepts("TCP://127.0.0.1:1")).isTrue();
        assertThat(driver.accepts("/dev/ttyACM0")).isFalse();
        assertThat(driver.accepts("usb")).isFalse();
        assertThat(driver.discover()).isEmpty();
    }
}
