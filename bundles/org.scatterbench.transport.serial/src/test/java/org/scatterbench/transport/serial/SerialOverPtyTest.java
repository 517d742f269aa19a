package org.scatterbench.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.TransportTimeoutException;
import org.scatterbench.transport.bench.SocatPty;

/** The serial driver over real pseudo-terminals joined by socat. */
class SerialOverPtyTest {

    private static final Duration LONG = Duration.ofSeconds(10);
    private final SerialTransportDriver driver = new SerialTransportDriver();
    @TempDir
    Path dir;
    private SocatPty pty;
    private Transport a;
    private Transport b;

    @BeforeEach
    void open() throws Exception {
        pty = SocatPty.start(dir, LONG);
        a = driver.open(pty.a().toString(), TransportOptions.defaults());
        b = driver.open(pty.b().toString(), TransportOptions.defaults());
    }

    @AfterEach
    void close() throws Exception {
        a.close();
        b.close();
        pty.close();
    }

    @Test
    void bytesCrossThePtyBothWaysUnchanged() throws Exception {
        // raw mode: CR, LF, XON/XOFF and ^C pass through untouched
        byte[] tricky = { 0x0D, 0x0A, 0x11, 0x13, 0x03, (byte) 0xA0, 0x00, (byte) 0xFF };
        a.write(tricky);
        assertThat(b.readFully(tricky.length, LONG)).containsExactly(tricky);
        b.write(new byte[] { 0x5F });
        assertThat(a.readFully(1, LONG)).containsExactly(0x5F);
        assertThat(a.describe().driverId()).isEqualTo("serial");
        assertThat(a.describe().port()).isEqualTo(pty.a().toString());
    }

    @Test
    void aMegabyteArrivesIntactWhileTheOtherSideReads() throws Exception {
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + (i >>> 8));
        }
        CompletableFuture<byte[]> got = CompletableFuture.supplyAsync(() -> {
            try {
                return b.readFully(data.length, LONG);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        a.write(data);
        assertThat(Arrays.equals(got.get(30, TimeUnit.SECONDS), data)).isTrue();
    }

    @Test
    void partsOfLargeArraysGoAndArriveWhereAsked() throws Exception {
        // large arrays go through the transport's bounce buffers: offsets must survive that
        byte[] big = new byte[3 << 20];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + (i >>> 9));
        }
        int from = 123_457;
        int length = 700_001;
        byte[] into = new byte[2 << 20];
        int at = 99_999;
        CompletableFuture<Void> got = CompletableFuture.runAsync(() -> {
            try {
                int done = 0;
                while (done < length) {
                    done += b.read(into, at + done, length - done, LONG);
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        a.write(big, from, length);
        got.get(30, TimeUnit.SECONDS);
        assertThat(Arrays.equals(into, at, at + length, big, from, from + length)).isTrue();
        assertThat(into[at - 1]).as("nothing before the asked offset").isZero();
        assertThat(into[at + length]).as("nothing after the asked length").isZero();
    }

    @Test
    void silenceIsATimeoutAndTheNextBytesStillArrive() throws Exception {
        Duration timeout = Duration.ofMillis(40);
        long start = System.nanoTime();
        assertThatThrownBy(() -> b.read(new byte[4], 0, 4, timeout)).isInstanceOf(TransportTimeoutException.class)
                .hasMessageContaining(pty.b().toString());
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(timeout.toNanos() - 1_000_000);
        a.write(new byte[] { 1, 2 });
        assertThat(b.readFully(2, LONG)).containsExactly(1, 2);
    }

    @Test
    void theOtherEndGoingAwayIsADisconnection() throws Exception {
        pty.close();
        assertThatThrownBy(() -> b.read(new byte[1], 0, 1, LONG)).isInstanceOf(DisconnectedException.class)
                .hasMessageContaining("disconnected");
    }

    @Test
    void discardInputDropsPendingBytesWithoutTouchingThePeer() throws Exception {
        a.write(new byte[] { 1, 2, 3 });
        SerialTransport reader = (SerialTransport) b;
        long deadline = System.nanoTime() + LONG.toNanos();
        // poll the port's state (not a blind sleep) until all three bytes are buffered
        while (reader.bytesAvailable() < 3 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(reader.bytesAvailable()).isEqualTo(3);
        b.discardInput();
        assertThat(reader.bytesAvailable()).isZero();
        a.write(new byte[] { 4 });
        assertThat(b.readFully(1, LONG)).containsExactly(4);
    }

    @Test
    void aPortAlreadyOpenInThisProgramIsNamedAsSuch() {
        assertThatThrownBy(() -> driver.open(pty.a().toString(), TransportOptions.defaults()))
                .hasMessageContaining(pty.a().toString()).hasMessageContaining("already open in this program");
    }

    @Test
    void theProcScanFindsThisProcessHoldingThePty() throws Exception {
        assertThat(ProcScan.system().holders(pty.a())).extracting(ProcessRef::pid)
                .contains(ProcessHandle.current().pid());
        assertThat(ProcScan.system().holders(dir.resolve("socat.log"))).extracting(ProcessRef::name).contains("socat");
        assertThat(ProcScan.system().holders(Files.writeString(dir.resolve("idle"), ""))).isEmpty();
    }

    @Test
    void aMissingPortSaysToConnectThePhone() {
        assertThatThrownBy(() -> driver.open(dir.resolve("ttyACM9").toString(), TransportOptions.defaults()))
                .hasMessageContaining("does not exist").hasMessageContaining("device list");
    }

    @Test
    void aRegularFileIsNotASerialPort() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-tty"), "x");
        assertThatThrownBy(() -> driver.open(file.toString(), TransportOptions.defaults()))
                .hasMessageContaining(file.toString()).hasMessageContaining("not a serial port");
    }
}
