package org.scatterbench.transport.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.transport.AbstractTransportDriver;
import org.scatterbench.transport.tcp.TcpTransportDriver;

class DriverContributionParserTest {

    private final DriverContributionParser parser = new DriverContributionParser();

    private static DriverElement element(String id, String cls, List<String> patterns, List<DriverElement.UsbDevice> usb) {
        return new DriverElement("org.example.driver", id, "Example", cls, patterns, usb);
    }

    @Test
    void aCompleteContributionBecomesADescriptor() throws Exception {
        DriverDescriptor d = parser.parse(element("usb", "org.example.UsbDriver", List.of("usb", "usb:*"),
                List.of(new DriverElement.UsbDevice("0x0E8D", "0x0003"), new DriverElement.UsbDevice("0e8d", null))));
        assertThat(d.id()).isEqualTo("usb");
        assertThat(d.contributor()).isEqualTo("org.example.driver");
        assertThat(d.usbIds()).containsExactly(new UsbIdPattern(0x0E8D, 0x0003), new UsbIdPattern(0x0E8D, UsbIdPattern.ANY_PRODUCT));
        assertThat(d.usbIds().get(1).matches(0x0E8D, 0x2000)).isTrue();
        assertThat(d.matchSpecificity("usb:1-4")).isEqualTo(4);
        assertThat(d.matchSpecificity("usb")).isEqualTo(3);
        assertThat(d.matchSpecificity("/dev/ttyACM0")).isEqualTo(-1);
    }

    @Test
    void everyDefectNamesTheBundle() {
        assertThatThrownBy(() -> parser.parse(element(null, "a.B", List.of("x"), List.of())))
                .hasMessageContaining("bundle org.example.driver").hasMessageContaining("without an id");
        assertThatThrownBy(() -> parser.parse(element("Bad Id", "a.B", List.of("x"), List.of())))
                .hasMessageContaining("bundle org.example.driver").hasMessageContaining("'Bad Id'");
        assertThatThrownBy(() -> parser.parse(element("usb", "", List.of("x"), List.of())))
                .hasMessageContaining("bundle org.example.driver, transport driver 'usb'").hasMessageContaining("'class'");
        assertThatThrownBy(() -> parser.parse(element("usb", "not a class", List.of("x"), List.of())))
                .hasMessageContaining("not a Java class name");
        assertThatThrownBy(() -> parser.parse(element("usb", "a.B", List.of(), List.of())))
                .hasMessageContaining("declares no portPattern");
        assertThatThrownBy(() -> parser.parse(element("usb", "a.B", List.of("x"),
                List.of(new DriverElement.UsbDevice("0xZZ", null))))).hasMessageContaining("'0xZZ' is not a 16-bit hex");
        assertThatThrownBy(() -> parser.parse(element("usb", "a.B", List.of("x"),
                List.of(new DriverElement.UsbDevice("0x10000", null))))).hasMessageContaining("16-bit");
        assertThatThrownBy(() -> parser.parse(element("usb", "a.B", List.of("x"),
                List.of(new DriverElement.UsbDevice(null, "0x0003"))))).hasMessageContaining("needs a vendorId");
    }

    @Test
    void globsMatchWholeSpecs() {
        assertThat(new PortPattern("/dev/ttyACM*").matches("/dev/ttyACM12")).isTrue();
        assertThat(new PortPattern("/dev/ttyACM*").matches("/dev/ttyUSB0")).isFalse();
        assertThat(new PortPattern("usb").matches("usb:1-2")).isFalse();
        assertThat(new PortPattern("*ACM*").matches("/dev/ttyACM0")).isTrue();
        assertThat(new PortPattern("a*b*c").matches("aXbYbc")).isTrue();
        assertThat(new PortPattern("a*b*c").matches("aXbYbd")).isFalse();
    }

    @Test
    void thisBundlesPluginXmlDeclaresWhatTheTcpDriverAnswers() throws Exception {
        List<DriverElement> elements;
        try (InputStream in = Files.newInputStream(Path.of("plugin.xml"))) {
            elements = new PluginXmlDriverReader().read(in, "org.scatterbench.transport");
        }
        assertThat(elements).hasSize(1);
        DriverDescriptor d = parser.parse(elements.get(0));
        TcpTransportDriver driver = new TcpTransportDriver();
        assertThat(d.id()).isEqualTo(driver.id());
        assertThat(d.name()).isEqualTo(driver.name());
        assertThat(d.portPatterns()).extracting(PortPattern::glob).containsExactlyElementsOf(driver.portPatterns());
        assertThat(AbstractTransportDriver.class.isAssignableFrom(Class.forName(d.className()))).isTrue();
        assertThat(Files.readString(Path.of("plugin.xml"))).contains("schema=\"schema/drivers.exsd\"");
        assertThat(Files.exists(Path.of("schema/drivers.exsd"))).isTrue();
        assertThat(Files.readString(Path.of("build.properties"))).contains("schema/").contains("plugin.xml");
    }

    @Test
    void theReaderSeesOnlyThisExtensionPoint() throws Exception {
        String xml = "<plugin><extension point='other.point'><driver id='x' class='a.B'/></extension>"
                + "<extension point='org.scatterbench.transport.drivers'><driver id='y' class='a.C'>"
                + "<portPattern pattern='y:*'/><usbDevice vendorId='0x1234'/></driver></extension></plugin>";
        List<DriverElement> e = new PluginXmlDriverReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "b");
        assertThat(e).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("y");
            assertThat(d.name()).isNull();
            assertThat(d.portPatterns()).containsExactly("y:*");
            assertThat(d.usbDevices()).containsExactly(new DriverElement.UsbDevice("0x1234", null));
        });
    }
}
