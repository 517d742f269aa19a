package org.scatterbench.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scatterbench emulator} as a real process, as scripts run it: two at once, each printing
 * where it listens; a host connects and talks BROM to it; killing the process ends it.
 */
@Timeout(120)
class EmulatorServeProcessTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void kill() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static String classpath() throws Exception {
        return org.scatterbench.cli.ChildJvm.classpath();
    }

    private Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), "org.scatterbench.cli.ScatterbenchCli", "emulator"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("stderr-" + started.size() + ".txt").toFile())
                .start();
        started.add(p);
        return p;
    }

    private static String firstLine(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        assertThat(line).as("the emulator's first line").isNotNull();
        return line;
    }

    private static void handshakeAndHwCode(InputStream in, OutputStream out, String expected) throws Exception {
        for (int b : new int[] { 0xA0, 0x0A, 0x50, 0x05 }) {
            out.write(b);
            out.flush();
            assertThat(in.read()).isEqualTo(~b & 0xFF);
        }
        out.write(0xFD);
        out.flush();
        byte[] got = new byte[5];
        int n = 0;
        while (n < 5) {
            int r = in.read(got, n, 5 - n);
            assertThat(r).isPositive();
            n += r;
        }
        assertThat(got).isEqualTo(HexFormat.of().parseHex(expected));
    }

    @Test
    void twoEmulatorsOnFreePortsAtOnce() throws Exception {
        Path a = Files.write(dir.resolve("a.img"), new byte[1 << 20]);
        Path b = Files.write(dir.resolve("b.img"), new byte[1 << 20]);
        Process pa = start("--chip", "mt6765", "--image", a.toString(), "--listen", "127.0.0.1:0");
        Process pb = start("--chip", "mt6785", "--image", b.toString());
        Pattern listening = Pattern.compile("listening on tcp://127\\.0\\.0\\.1:(\\d+)");
        Matcher ma = listening.matcher(firstLine(pa));
        Matcher mb = listening.matcher(firstLine(pb));
        assertThat(ma.matches()).isTrue();
        assertThat(mb.matches()).isTrue();
        assertThat(ma.group(1)).isNotEqualTo(mb.group(1));
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(ma.group(1)))) {
            handshakeAndHwCode(s.getInputStream(), s.getOutputStream(), "fd07660000");
        }
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(mb.group(1)))) {
            handshakeAndHwCode(s.getInputStream(), s.getOutputStream(), "fd08130000");
        }
        assertThat(pa.isAlive()).isTrue();
        pa.destroy();
        assertThat(pa.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void faultOptionsReachThePhone() throws Exception {
        Path a = Files.write(dir.resolve("a.img"), new byte[1 << 20]);
        Process p = start("--image", a.toString(), "--locked", "--fault-corrupt-byte", "5");
        Matcher m = Pattern.compile("listening on tcp://127\\.0\\.0\\.1:(\\d+)").matcher(firstLine(p));
        assertThat(m.matches()).isTrue();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(m.group(1)))) {
            handshakeAndHwCode(s.getInputStream(), s.getOutputStream(), "fdf8660000");
            s.getOutputStream().write(0xD8);
            s.getOutputStream().flush();
            assertThat(s.getInputStream().readNBytes(7)).isEqualTo(HexFormat.of().parseHex("d8000000070000"));
        }
    }

    @Test
    void scatterCreatesAMissingImageAndAPtyIsServed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/socat")),
                "socat is not installed");
        Path img = dir.resolve("phone.img");
        Path tty = dir.resolve("ttyEMU");
        Process p = start("--image", img.toString(), "--scatter",
                SharedDir.scatter(EmulatorToolCommandsTest.GPT_SCATTER).toString(), "--pty", tty.toString());
        assertThat(firstLine(p)).isEqualTo("listening on pty " + tty.toAbsolutePath());
        assertThat(Files.size(img)).isGreaterThan(1L << 30);
        try (var out = new java.io.FileOutputStream(tty.toFile()); var in = new java.io.FileInputStream(tty.toFile())) {
            handshakeAndHwCode(in, out, "fd07660000");
        }
        p.destroy();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(tty, java.nio.file.LinkOption.NOFOLLOW_LINKS)).as("the link goes with the emulator")
                .isFalse();
    }
}
