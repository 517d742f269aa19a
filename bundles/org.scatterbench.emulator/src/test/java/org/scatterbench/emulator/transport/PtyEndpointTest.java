package org.scatterbench.emulator.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.testhost.SystemTools;

/** The pty transport through socat; skipped where socat is not installed. */
@Timeout(60)
class PtyEndpointTest {

    @TempDir
    Path dir;

    private static void session(Path tty) throws Exception {
        try (FileOutputStream out = new FileOutputStream(tty.toFile());
                FileInputStream in = new FileInputStream(tty.toFile())) {
            for (int b : new int[] { 0xA0, 0x0A, 0x50, 0x05 }) {
                out.write(b);
                out.flush();
                assertThat(in.read()).isEqualTo(~b & 0xFF);
            }
            out.write(0xFD);
            out.flush();
            assertThat(readFully(in, 5)).isEqualTo(HexFormat.of().parseHex("fd07660000"));
        }
    }

    /** A tty cannot seek, which FileInputStream.readNBytes may try: read plainly. */
    private static byte[] readFully(FileInputStream in, int n) throws java.io.IOException {
        byte[] b = new byte[n];
        int done = 0;
        while (done < n) {
            int r = in.read(b, done, n - done);
            if (r < 0) {
                throw new java.io.EOFException();
            }
            done += r;
        }
        return b;
    }

    @Test
    void aHostOpensTheLinkedPtyAgainAndAgain() throws Exception {
        assumeTrue(SystemTools.installed("socat"), "socat is not installed");
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), EmmcStorage.inMemory(1 << 20, 4096, 4096))
                .build();
        Path link = dir.resolve("ttyEMU0");
        try (PtyEndpoint pty = PtyEndpoint.open(phone, link)) {
            assertThat(pty.address()).isEqualTo("pty " + link.toAbsolutePath());
            assertThat(Files.isSymbolicLink(link)).isTrue();
            session(link);
            assertThat(phone.awaitSessions(1, 20, TimeUnit.SECONDS)).isTrue();
            awaitLink(link);
            session(link);
            assertThat(phone.awaitSessions(2, 20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void refusesToReplaceARegularFile() throws Exception {
        assumeTrue(SystemTools.installed("socat"), "socat is not installed");
        Path file = Files.writeString(dir.resolve("taken"), "mine");
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), EmmcStorage.inMemory(1 << 20, 4096, 4096))
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PtyEndpoint.open(phone, file))
                .hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    /** After a session socat is restarted and makes a new link; wait for it (bounded by the test timeout). */
    private static void awaitLink(Path link) throws InterruptedException {
        while (!Files.exists(link)) {
            Thread.sleep(5);
        }
    }
}
