package org.scatterbench.transport.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.scatterbench.transport.InvalidPortSpecException;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.DriverContributionParser;
import org.scatterbench.transport.registry.DriverDescriptor;
import org.scatterbench.transport.registry.DriverElement;
import org.scatterbench.transport.registry.PluginXmlDriverReader;
import org.scatterbench.transport.registry.PortListing;
import org.scatterbench.transport.registry.PortPattern;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.transport.usb.libusb.LibUsbBackend;

class UsbTransportDriverTest {

    @Test
    void discoveryListsMediaTekDevicesOnlyWithTheirMode() throws Exception {
        SimulatedUsbBackend usb = new SimulatedUsbBackend().withDevice(0x1D6B, 0x0002, 1).withDevice(0x0E8D, 0x2000, 1, 3)
                .withDevice(0x0E8D, 0x0003, 2, 1, 4);
        List<PortInfo> ports = new UsbTransportDriver(() -> usb, 65536).discover();
        assertThat(ports).extracting(PortInfo::portSpec).containsExactly("usb:1-3", "usb:2-1.4");
        assertThat(ports).extracting(PortInfo::mode).containsExactly("preloader", "BROM");
        assertThat(ports.get(1).description()).isEqualTo("MediaTek boot ROM");
        assertThat(ports.get(1).serial()).isEqualTo("SER2");
    }

    @Test
    void plainUsbPicksTheFirstBromOrPreloaderDevice() throws Exception {
        SimulatedUsbBackend usb = new SimulatedUsbBackend().withDevice(0x0E8D, 0x2008, 1, 1).withDevice(0x0E8D, 0x0003, 1, 2);
        try (Transport t = new UsbTransportDriver(() -> usb, 65536).open("usb", TransportOptions.defaults())) {
            assertThat(t.describe().port()).isEqualTo("usb:1-2");
            assertThat(t.describe().productId()).isEqualTo(0x0003);
        }
        assertThat(usb.calls).contains("open 1-2");
    }

    @Test
    void aNamedSocketOpensThatDevice() throws Exception {
        SimulatedUsbBackend usb = new SimulatedUsbBackend().withDevice(0x0E8D, 0x0003, 1, 2).withDevice(0x0E8D, 0x0003, 3, 1, 1);
        UsbTransportDriver driver = new UsbTransportDriver(() -> usb, 65536);
        try (Transport t = driver.open("usb:3-1.1", TransportOptions.defaults())) {
            assertThat(t.describe().serial()).isEqualTo("SER1");
        }
        assertThatThrownBy(() -> driver.open("usb:9-9", TransportOptions.defaults()))
                .hasMessageContaining("no USB device at usb:9-9");
        assertThatThrownBy(() -> driver.open("usb:first", TransportOptions.defaults()))
                .isInstanceOf(InvalidPortSpecException.class).hasMessageContaining("usb:BUS-PORT");
    }

    @Test
    void noPhoneConnectedExplainsHowToEnterBrom() {
        SimulatedUsbBackend usb = new SimulatedUsbBackend().withDevice(0x1D6B, 0x0002, 1);
        assertThatThrownBy(() -> new UsbTransportDriver(() -> usb, 65536).open("usb", TransportOptions.defaults()))
                .hasMessageContaining("no MediaTek USB device").hasMessageContaining("Volume-Down");
    }

    @Test
    void permissionDeniedOnOpenPointsToTheUdevRule() {
        SimulatedUsbBackend usb = new SimulatedUsbBackend().withDevice(0x0E8D, 0x0003, 1, 2);
        usb.failOpenWith = UsbStatus.ACCESS;
        assertThatThrownBy(() -> new UsbTransportDriver(() -> usb, 65536).open("usb", TransportOptions.defaults()))
                .hasMessageContaining("usb:1-2: no permission").hasMessageContaining("51-scatterbench-mediatek.rules");
    }

    @Test
    void aLibusbThatCannotStartIsReportedOnceAndTheRegistryGoesOn() {
        AtomicInteger attempts = new AtomicInteger();
        UsbTransportDriver broken = new UsbTransportDriver(() -> {
            attempts.incrementAndGet();
            throw new UsbBackendException(UsbStatus.OTHER, "libusb could not initialise: LIBUSB_ERROR_OTHER");
        }, 65536);
        TransportRegistry r = TransportRegistry.of(List.of(
                org.scatterbench.transport.registry.DriverHandle.of(broken, "org.scatterbench.transport.usb"),
                org.scatterbench.transport.registry.DriverHandle.of(new org.scatterbench.transport.tcp.TcpTransportDriver(), "t")),
                (m, c) -> {
                });
        PortListing first = r.listPorts();
        PortListing second = r.listPorts();
        assertThat(first.problems()).singleElement().satisfies(p -> {
            assertThat(p.driverId()).isEqualTo("usb");
            assertThat(p.message()).startsWith("libusb could not initialise");
        });
        assertThat(second.problems()).hasSize(1);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void theRealLibusbEitherListsDevicesOrSaysPlainlyWhyNot() {
        try {
            try (LibUsbBackend backend = LibUsbBackend.create()) {
                for (UsbDeviceInfo d : backend.devices()) {
                    assertThat(d.vendorId()).isBetween(0, 0xFFFF);
                    assertThat(d.bus()).isPositive();
                }
                if (backend.supportsHotplug()) {
                    backend.onHotplug(0x0E8D, () -> {
                    }).close();
                }
            }
        } catch (UsbBackendException e) {
            assertThat(e.getMessage()).startsWith("libusb could not");
        }
    }

    @Test
    void pluginXmlAndServiceFileMatchTheDriver() throws Exception {
        List<DriverElement> elements;
        try (InputStream in = Files.newInputStream(Path.of("plugin.xml"))) {
            elements = new PluginXmlDriverReader().read(in, "org.scatterbench.transport.usb");
        }
        DriverDescriptor d = new DriverContributionParser().parse(elements.get(0));
        UsbTransportDriver driver = new UsbTransportDriver();
        assertThat(d.id()).isEqualTo(driver.id());
        assertThat(d.className()).isEqualTo(UsbTransportDriver.class.getName());
        assertThat(d.portPatterns()).extracting(PortPattern::glob).containsExactlyElementsOf(driver.portPatterns());
        assertThat(d.usbIds()).extracting(Object::toString).containsExactly("0e8d:0003", "0e8d:2000");
        assertThat(Files.readAllLines(Path.of("META-INF/services/org.scatterbench.transport.AbstractTransportDriver")))
                .containsExactly(UsbTransportDriver.class.getName());
    }

    @Test
    void theBuiltinRegistryRoutesUsbSpecsHere() throws Exception {
        try (TransportRegistry r = TransportRegistry.builtin()) {
            assertThat(r.resolve("usb")).isInstanceOf(UsbTransportDriver.class);
            assertThat(r.resolve("usb:1-4.2")).isInstanceOf(UsbTransportDriver.class);
        }
    }
}
