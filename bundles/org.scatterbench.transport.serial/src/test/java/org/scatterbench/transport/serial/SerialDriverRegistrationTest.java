package org.scatterbench.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.bench.SocatPty;
import org.scatterbench.transport.registry.DriverContributionParser;
import org.scatterbench.transport.registry.DriverDescriptor;
import org.scatterbench.transport.registry.DriverElement;
import org.scatterbench.transport.registry.PluginXmlDriverReader;
import org.scatterbench.transport.registry.PortPattern;
import org.scatterbench.transport.registry.TransportRegistry;

/** The serial driver is reachable both ways: plugin.xml in OSGi, META-INF/services in plain Java. */
class SerialDriverRegistrationTest {

    @Test
    void pluginXmlDeclaresWhatTheDriverAnswers() throws Exception {
        List<DriverElement> elements;
        try (InputStream in = Files.newInputStream(Path.of("plugin.xml"))) {
            elements = new PluginXmlDriverReader().read(in, "org.scatterbench.transport.serial");
        }
        DriverDescriptor d = new DriverContributionParser().parse(elements.get(0));
        SerialTransportDriver driver = new SerialTransportDriver();
        assertThat(elements).hasSize(1);
        assertThat(d.id()).isEqualTo(driver.id());
        assertThat(d.className()).isEqualTo(SerialTransportDriver.class.getName());
        assertThat(d.portPatterns()).extracting(PortPattern::glob).containsExactlyElementsOf(driver.portPatterns());
        assertThat(d.usbIds()).extracting(Object::toString).containsExactly("0e8d:0003", "0e8d:2000");
    }

    @Test
    void theServiceFileNamesTheDriver() throws Exception {
        Path services = Path.of("META-INF/services/org.scatterbench.transport.AbstractTransportDriver");
        assertThat(Files.readAllLines(services)).containsExactly(SerialTransportDriver.class.getName());
        assertThat(Files.readString(Path.of("build.properties"))).contains("META-INF/").contains("plugin.xml");
        assertThat(Files.readString(Path.of("META-INF/MANIFEST.MF"))).contains("singleton:=true");
    }

    @Test
    void theBuiltinRegistryRoutesDevicePathsAndPtysToSerial(@TempDir Path dir) throws Exception {
        try (TransportRegistry r = TransportRegistry.builtin(); SocatPty pty = SocatPty.start(dir, Duration.ofSeconds(10))) {
            assertThat(r.resolve("/dev/ttyACM0")).isInstanceOf(SerialTransportDriver.class);
            assertThat(r.resolve("/dev/ttyUSB3")).isInstanceOf(SerialTransportDriver.class);
            assertThat(r.resolve(pty.a().toString())).isInstanceOf(SerialTransportDriver.class);
            try (Transport a = r.open(pty.a().toString(), TransportOptions.defaults());
                    Transport b = r.open(pty.b().toString(), TransportOptions.defaults())) {
                a.write(new byte[] { (byte) 0xA0 });
                assertThat(b.readFully(1, Duration.ofSeconds(10))).containsExactly(0xA0);
            }
        }
    }

    @Test
    void discoveryListsOnlyUsbSerialPorts() {
        // this machine has no phone: whatever is listed must be a USB serial port, never a pty or ttyS
        for (PortInfo p : new SerialTransportDriver().discover()) {
            assertThat(p.portSpec().contains("ttyACM") || p.portSpec().contains("ttyUSB") || p.vendorId() >= 0).isTrue();
            assertThat(p.driverId()).isEqualTo("serial");
        }
    }
}
