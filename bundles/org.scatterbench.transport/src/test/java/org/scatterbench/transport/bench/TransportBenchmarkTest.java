package org.scatterbench.transport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark's output format (the figures themselves are not tested). */
class TransportBenchmarkTest {

    @Test
    void printsOneNameValueUnitLinePerTransportAndChunkSize() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransportBenchmark.run(true, new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("transport.tcp.")).extracting(l -> l.substring(0, l.indexOf(':')))
                .containsExactly("transport.tcp.loopback.64k", "transport.tcp.loopback.256k", "transport.tcp.loopback.1024k");
        assertThat(lines).filteredOn(l -> l.startsWith("transport.tcp."))
                .allMatch(l -> l.matches("[a-z0-9.]+: \\d+\\.\\d MiB/s"));
        // the pty figures need the serial driver, which this bundle's own tests do not have on the class path
        assertThat(lines).filteredOn(l -> l.startsWith("transport.pty."))
                .allMatch(l -> l.matches("[a-z0-9.]+: \\d+\\.\\d MiB/s") || l.startsWith("transport.pty.socat: skipped ("));
    }
}
