package org.scatterbench.transport.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.TransportTimeoutException;

class UsbBulkTransportTest {

    private static final Duration T = Duration.ofSeconds(1);
    private final SimulatedUsbBackend usb = new SimulatedUsbBackend().withDevice(0x0E8D, 0x0003, 1, 4);
    private final TransportDescription desc = new TransportDescription("usb", "usb:1-4", 0x0E8D, 0x0003, "");

    private UsbBulkTransport open(int maxTransfer) throws Exception {
        return UsbBulkTransport.open(usb.open(usb.devices.get(0)), desc, TransportOptions.defaults(), maxTransfer);
    }

    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 13 + (i >>> 7));
        }
        return b;
    }

    @Test
    void writesAreChunkedToWholePacketsWithNoZeroLengthPacketEvenWhenAligned() throws Exception {
        try (UsbBulkTransport t = open(64 * 1024)) {
            byte[] data = pattern(200 * 1024); // 400 packets of 512: aligned
            t.write(data);
            t.write(pattern(512));
            assertThat(usb.outTransfers).containsExactly(65536, 65536, 65536, 8192, 512);
            assertThat(Arrays.copyOf(usb.received.toByteArray(), data.length)).isEqualTo(data);
        }
    }

    @Test
    void anUnalignedWriteHasNoZeroLengthPacket() throws Exception {
        try (UsbBulkTransport t = open(64 * 1024)) {
            t.write(pattern(1000));
            t.write(new byte[] { 1 });
            assertThat(usb.outTransfers).containsExactly(1000, 1);
        }
    }

    @Test
    void aZeroLengthPacketGoesOutOnlyWhenTheProtocolEndsATransfer() throws Exception {
        try (UsbBulkTransport t = open(64 * 1024)) {
            t.write(pattern(4096));
            t.endOfTransfer();
            t.write(pattern(12));
            assertThat(usb.outTransfers).containsExactly(4096, 0, 12);
            assertThat(usb.received.size()).isEqualTo(4096 + 12);
        }
    }

    @Test
    void aFailedZeroLengthPacketIsReported() throws Exception {
        usb.failOutWith = UsbStatus.NO_DEVICE;
        try (UsbBulkTransport t = open(64 * 1024)) {
            assertThatThrownBy(t::endOfTransfer).isInstanceOf(DisconnectedException.class)
                    .hasMessageContaining("usb:1-4");
        }
    }

    @Test
    void theChunkIsRoundedDownToWholePacketsOfTheEndpoint() throws Exception {
        usb.interfaces = SimulatedUsbBackend.cdcAcm(64); // full-speed device
        try (UsbBulkTransport t = open(1000)) {
            t.write(pattern(2000));
            assertThat(usb.outTransfers).containsExactly(960, 960, 80);
            assertThat(usb.outTransfers.subList(0, 2)).allMatch(n -> n % 64 == 0);
        }
    }

    @Test
    void readsAskForWholePacketsAndKeepWhatTheCallerDidNotWant() throws Exception {
        byte[] reply = pattern(700);
        usb.deliver(reply);
        try (UsbBulkTransport t = open(64 * 1024)) {
            byte[] first = new byte[4];
            assertThat(t.read(first, 0, 4, T)).isEqualTo(4);
            assertThat(first).containsExactly(Arrays.copyOf(reply, 4));
            byte[] rest = t.readFully(696, T);
            assertThat(rest).containsExactly(Arrays.copyOfRange(reply, 4, 700));
            assertThat(usb.inRequests).hasSize(1).allMatch(n -> n % 512 == 0);
        }
    }

    @Test
    void aLargeReadGoesStraightIntoTheCallersBuffer() throws Exception {
        byte[] block = pattern(4096);
        usb.deliver(block);
        try (UsbBulkTransport t = open(64 * 1024)) {
            byte[] buf = new byte[5000];
            assertThat(t.read(buf, 0, 5000, T)).isEqualTo(4096);
            assertThat(Arrays.copyOf(buf, 4096)).containsExactly(block);
            assertThat(usb.inRequests).containsExactly(4608);
        }
    }

    @Test
    void aZeroLengthPacketFromTheDeviceIsNotData() throws Exception {
        usb.deliver(new byte[0]);
        usb.deliver(new byte[] { 0x5F });
        try (UsbBulkTransport t = open(64 * 1024)) {
            assertThat(t.readFully(1, T)).containsExactly(0x5F);
            assertThat(usb.inRequests).hasSize(2);
        }
    }

    @Test
    void nothingArrivingIsATimeout() throws Exception {
        try (UsbBulkTransport t = open(64 * 1024)) {
            assertThatThrownBy(() -> t.read(new byte[1], 0, 1, Duration.ofMillis(20)))
                    .isInstanceOf(TransportTimeoutException.class).hasMessageContaining("usb:1-4");
        }
    }

    @Test
    void bytesThatArriveWithATimeoutAreKept() throws Exception {
        usb.deliverStatus(UsbStatus.TIMEOUT, new byte[] { 1, 2, 3 });
        try (UsbBulkTransport t = open(64 * 1024)) {
            assertThat(t.readFully(3, T)).containsExactly(1, 2, 3);
        }
    }

    @Test
    void anUnpluggedDeviceIsADisconnection() throws Exception {
        usb.deliverStatus(UsbStatus.NO_DEVICE, new byte[0]);
        try (UsbBulkTransport t = open(64 * 1024)) {
            assertThatThrownBy(() -> t.read(new byte[1], 0, 1, T)).isInstanceOf(DisconnectedException.class)
                    .hasMessageContaining("disappeared");
        }
    }

    @Test
    void aStalledWriteReportsHowFarItGot() throws Exception {
        usb.outAcceptLimit = 300;
        try (UsbBulkTransport t = open(64 * 1024)) {
            assertThatThrownBy(() -> t.write(pattern(1000))).isInstanceOf(TransportTimeoutException.class)
                    .hasMessageContaining("300 of 1000 bytes written");
        }
        usb.outAcceptLimit = Integer.MAX_VALUE;
        usb.failOutWith = UsbStatus.NO_DEVICE;
        try (UsbBulkTransport t = open(64 * 1024)) {
            assertThatThrownBy(() -> t.write(pattern(10))).isInstanceOf(DisconnectedException.class);
        }
    }

    @Test
    void openingDetachesAndClaimsAndClosingGivesTheDeviceBack() throws Exception {
        UsbBulkTransport t = open(64 * 1024);
        assertThat(t.endpoints().dataInterface()).isEqualTo(1);
        assertThat(t.endpoints().commInterface()).isEqualTo(0);
        assertThat(usb.calls).containsSubsequence("detach 0", "claim 0", "detach 1", "claim 1");
        assertThat(usb.calls).anyMatch(c -> c.startsWith("control 21 20 0 0 [0, 16, 14, 0, 0, 0, 8]"));
        usb.calls.clear();
        t.close();
        assertThat(usb.calls).containsExactly("release 0", "release 1", "attach 0", "attach 1", "close");
        assertThat(usb.handlesOpen).isZero();
        assertThatThrownBy(() -> t.write(new byte[1])).isInstanceOf(DisconnectedException.class);
    }

    @Test
    void nothingIsDetachedWhenNoKernelDriverIsBound() throws Exception {
        usb.kernelDriverBound = false;
        try (UsbBulkTransport t = open(64 * 1024)) {
            assertThat(usb.calls).noneMatch(c -> c.startsWith("detach"));
        }
        assertThat(usb.calls).noneMatch(c -> c.startsWith("attach"));
    }

    @Test
    void aBusyInterfaceUndoesEverythingAndNamesTheLikelyCulprits() throws Exception {
        usb.failClaimOf = "1";
        usb.failClaimWith = UsbStatus.BUSY;
        assertThatThrownBy(() -> open(64 * 1024)).hasMessageContaining("usb:1-4").hasMessageContaining("another program")
                .hasMessageContaining("systemctl stop ModemManager");
        assertThat(usb.calls).containsSubsequence("claim 0", "release 0", "attach 0", "attach 1", "close");
        assertThat(usb.handlesOpen).isZero();
    }

    @Test
    void noPermissionPointsToTheUdevRule() throws Exception {
        usb.failClaimOf = "0";
        usb.failClaimWith = UsbStatus.ACCESS;
        assertThatThrownBy(() -> open(64 * 1024)).hasMessageContaining("no permission")
                .hasMessageContaining("51-scatterbench-mediatek.rules");
    }

    @Test
    void theDataInterfaceIsFoundEvenWhenUnlabelled() throws Exception {
        List<UsbInterfaceInfo> vendorSpecific = List.of(new UsbInterfaceInfo(0, 0xFF,
                List.of(new UsbEndpointInfo(0x83, 0x02, 512), new UsbEndpointInfo(0x04, 0x02, 512))));
        CdcEndpoints ep = CdcEndpoints.find(vendorSpecific);
        assertThat(ep.in().address()).isEqualTo(0x83);
        assertThat(ep.out().address()).isEqualTo(0x04);
        assertThat(ep.commInterface()).isEqualTo(-1);
        List<UsbInterfaceInfo> noBulk = List.of(new UsbInterfaceInfo(0, 0x02, List.of(new UsbEndpointInfo(0x81, 0x03, 8))));
        assertThatThrownBy(() -> CdcEndpoints.find(noBulk)).isInstanceOf(UsbBackendException.class)
                .hasMessageContaining("no interface with a bulk IN and a bulk OUT");
    }
}
