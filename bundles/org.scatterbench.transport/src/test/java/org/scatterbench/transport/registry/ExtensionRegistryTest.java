package org.scatterbench.transport.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.tcp.TcpTransportDriver;

/**
 * The extension-point path on a real Equinox extension registry (created without OSGi, so contributions
 * come from XML and classes load through the registry's {@code createExecutableExtension}). This
 * bundle's own plugin.xml declares the point and the tcp driver; test contributions add a healthy
 * third-party driver and broken ones.
 */
class ExtensionRegistryTest {

    private final Object token = new Object();
    private final List<String> logged = new ArrayList<>();
    private IExtensionRegistry registry;

    @BeforeEach
    void createRegistry() throws Exception {
        registry = RegistryFactory.createRegistry(null, token, token);
        try (InputStream in = Files.newInputStream(Path.of("plugin.xml"))) {
            contribute("org.scatterbench.transport", in);
        }
    }

    @AfterEach
    void stop() {
        registry.stop(token);
    }

    private void contribute(String bundle, InputStream pluginXml) {
        assertThat(registry.addContribution(pluginXml, ContributorFactorySimple.createContributor(bundle), false, bundle,
                null, token)).isTrue();
    }

    private void contribute(String bundle, String drivers) {
        String xml = "<?xml version='1.0' encoding='UTF-8'?><?eclipse version='3.4'?><plugin>"
                + "<extension point='org.scatterbench.transport.drivers'>" + drivers + "</extension></plugin>";
        contribute(bundle, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTcpContributionIsReadAndOpensAConnection() throws Exception {
        try (TransportRegistry r = TransportRegistry.fromExtensions(registry, (m, c) -> logged.add(m));
                ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(r.drivers()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo("tcp");
                assertThat(d.contributor()).isEqualTo("org.scatterbench.transport");
            });
            assertThat(r.resolve("tcp://127.0.0.1:1")).isInstanceOf(TcpTransportDriver.class);
            try (Transport t = r.open("tcp://127.0.0.1:" + server.getLocalPort(), TransportOptions.defaults());
                    Socket peer = server.accept()) {
                t.write(new byte[] { 0x5A });
                assertThat(peer.getInputStream().read()).isEqualTo(0x5A);
            }
            assertThat(logged).isEmpty();
        }
    }

    @Test
    void brokenContributionsAreLoggedNamingTheirBundleAndTheRestWorks() throws Exception {
        contribute("com.example.nameless", "<driver class='com.example.Driver'><portPattern pattern='x:*'/></driver>");
        contribute("com.example.badhex", "<driver id='bt' class='com.example.Bt'><portPattern pattern='bt:*'/>"
                + "<usbDevice vendorId='MTK'/></driver>");
        contribute("com.example.missingclass", "<driver id='ghost' name='Ghost' class='com.example.NoSuchDriver'>"
                + "<portPattern pattern='ghost:*'/></driver>");
        contribute("com.example.duplicate", "<driver id='tcp' class='" + TcpTransportDriver.class.getName() + "'>"
                + "<portPattern pattern='tcp://*'/></driver>");
        contribute("com.example.good", "<driver id='loop' name='Loop' class='" + LoopDriver.class.getName() + "'>"
                + "<portPattern pattern='loop:*'/></driver>");

        TransportRegistry r = TransportRegistry.fromExtensions(registry, (m, c) -> logged.add(m));
        assertThat(r.drivers()).extracting(DriverDescriptor::id).containsExactly("ghost", "loop", "tcp");
        assertThat(logged).hasSize(3);
        assertThat(logged).anySatisfy(m -> assertThat(m).contains("bundle com.example.nameless").contains("without an id"));
        assertThat(logged).anySatisfy(m -> assertThat(m).contains("bundle com.example.badhex").contains("'MTK'"));
        assertThat(logged).anySatisfy(m -> assertThat(m).contains("bundle com.example.duplicate").contains("already contributed"));
        assertThat(LoopDriver.created).as("nothing is loaded before use").isZero();

        assertThatThrownBy(() -> r.resolve("ghost:1")).isInstanceOf(DriverUnavailableException.class)
                .hasMessageContaining("bundle com.example.missingclass").hasMessageContaining("com.example.NoSuchDriver");
        assertThat(logged).hasSize(4);
        assertThat(r.resolve("loop:1")).isInstanceOf(LoopDriver.class);
        assertThat(LoopDriver.created).isEqualTo(1);
        PortListing listing = r.listPorts();
        assertThat(listing.problems()).extracting(PortListing.DriverProblem::driverId).containsExactly("ghost");
        assertThat(listing.ports()).extracting(p -> p.portSpec()).containsExactly("loop:0");
        assertThat(logged).hasSize(4);
        assertThat(r.problems()).containsExactlyElementsOf(logged);
    }
}
