package org.scatterbench.transport.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.scatterbench.transport.InvalidPortSpecException;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.tcp.TcpTransportDriver;

class TransportRegistryTest {

    private final List<String> logged = new ArrayList<>();
    private final ProblemLog log = (m, c) -> logged.add(m);

    private static PortInfo brom(String spec, String driver) {
        return new PortInfo(spec, driver, "MediaTek", 0x0E8D, 0x0003, "", "");
    }

    private static DriverDescriptor descriptor(String id, String contributor, String... patterns) {
        return new DriverDescriptor(id, id, "com.example." + id + ".Driver", contributor,
                java.util.Arrays.stream(patterns).map(PortPattern::new).toList(), List.of());
    }

    @Test
    void theMostSpecificPatternWinsWhateverTheOrder() throws Exception {
        ScriptedDriver any = new ScriptedDriver("anypath", "/*");
        ScriptedDriver acm = new ScriptedDriver("acm", "/dev/ttyACM*");
        TransportRegistry r = TransportRegistry.of(
                List.of(DriverHandle.of(any, "a.bundle"), DriverHandle.of(acm, "b.bundle")), log);
        assertThat(r.resolve("/dev/ttyACM0")).isSameAs(acm);
        assertThat(r.resolve("/tmp/pty")).isSameAs(any);
        assertThat(r.drivers()).extracting(DriverDescriptor::id).containsExactly("acm", "anypath");
    }

    @Test
    void aDriverThatDeclinesPassesTheSpecToTheNextCandidate() throws Exception {
        ScriptedDriver picky = new ScriptedDriver("picky", "/dev/*");
        ScriptedDriver any = new ScriptedDriver("any", "/*");
        TransportRegistry r = TransportRegistry.of(
                List.of(DriverHandle.of(picky, "x"), DriverHandle.of(any, "x")), log);
        assertThat(r.resolve("/dev/ok")).isSameAs(picky);
        assertThatThrownBy(() -> r.resolve("/dev/x!refused")).isInstanceOf(InvalidPortSpecException.class);
    }

    @Test
    void anUnknownSpecListsTheFormsThatWork() {
        TransportRegistry r = TransportRegistry.of(List.of(DriverHandle.of(new TcpTransportDriver(), "t"),
                DriverHandle.of(new ScriptedDriver("usb", "usb", "usb:*"), "u")), log);
        assertThatThrownBy(() -> r.resolve("bluetooth:phone")).isInstanceOf(InvalidPortSpecException.class)
                .hasMessageContaining("no transport driver understands port 'bluetooth:phone'")
                .hasMessageContaining("tcp://*").hasMessageContaining("usb:*")
                .hasMessageContaining("installed drivers: tcp, usb");
        assertThatThrownBy(() -> r.resolve(" ")).hasMessageContaining("no port given");
    }

    @Test
    void aBrokenContributionIsLoggedOnceNamingTheBundleAndNeverLoadedAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        DriverHandle broken = new DriverHandle(descriptor("serial", "com.example.broken", "/dev/*"), () -> {
            attempts.incrementAndGet();
            throw new ClassNotFoundException("com.example.serial.Driver");
        });
        ScriptedDriver tcp = new ScriptedDriver("tcp", "tcp://*").thenDiscover(List.of(PortInfo.of("tcp://x", "tcp", "")));
        TransportRegistry r = TransportRegistry.of(List.of(broken, DriverHandle.of(tcp, "ok.bundle")), log);

        assertThat(r.drivers()).extracting(DriverDescriptor::id).containsExactly("serial", "tcp");
        assertThat(attempts).hasValue(0); // listing metadata loads nothing

        assertThatThrownBy(() -> r.resolve("/dev/ttyACM0")).isInstanceOf(DriverUnavailableException.class)
                .hasMessageContaining("bundle com.example.broken").hasMessageContaining("ClassNotFoundException");
        PortListing listing = r.listPorts();
        assertThat(listing.ports()).extracting(PortInfo::portSpec).containsExactly("tcp://x");
        assertThat(listing.problems()).singleElement().satisfies(p -> {
            assertThat(p.driverId()).isEqualTo("serial");
            assertThat(p.message()).contains("com.example.broken");
        });
        assertThat(attempts).hasValue(1);
        assertThat(logged).hasSize(1);
        assertThat(r.problems()).containsExactlyElementsOf(logged);
        assertThat(r.resolve("tcp://127.0.0.1:1")).isSameAs(tcp);
    }

    @Test
    void aDriverWhoseConstructorThrowsIsReportedWithTheRealCause() {
        DriverHandle broken = new DriverHandle(descriptor("usb", "com.example.usb", "usb"), () -> {
            throw new java.lang.reflect.InvocationTargetException(new UnsatisfiedLinkError("no libusb4java"));
        });
        assertThatThrownBy(broken::driver).isInstanceOf(DriverUnavailableException.class)
                .hasMessageContaining("UnsatisfiedLinkError: no libusb4java");
        assertThat(broken.isBroken()).isTrue();
    }

    @Test
    void aSecondContributionOfTheSameIdIsIgnoredAndLogged() throws Exception {
        ScriptedDriver first = new ScriptedDriver("usb", "usb");
        ScriptedDriver second = new ScriptedDriver("usb", "usb");
        TransportRegistry r = TransportRegistry.of(
                List.of(DriverHandle.of(first, "org.first"), DriverHandle.of(second, "org.second")), log);
        assertThat(r.drivers()).hasSize(1);
        assertThat(r.resolve("usb")).isSameAs(first);
        assertThat(logged).singleElement().asString().contains("org.second").contains("org.first");
    }

    @Test
    void aDriverThatCannotDiscoverStillLetsTheOthersList() {
        ScriptedDriver usb = new ScriptedDriver("usb", "usb").failDiscovery("libusb could not initialise: LIBUSB_ERROR_OTHER");
        ScriptedDriver serial = new ScriptedDriver("serial", "/*").thenDiscover(List.of(brom("/dev/ttyACM0", "serial")));
        TransportRegistry r = TransportRegistry.of(List.of(DriverHandle.of(usb, "u"), DriverHandle.of(serial, "s")), log);
        PortListing l = r.listPorts();
        assertThat(l.flashablePorts()).extracting(PortInfo::portSpec).containsExactly("/dev/ttyACM0");
        assertThat(l.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("libusb could not"));
    }

    @Test
    void waitingReturnsThePortOnceItAppears() throws Exception {
        ScriptedDriver d = new ScriptedDriver("usb", "usb").thenDiscover(List.of()).thenDiscover(List.of())
                .thenDiscover(List.of(brom("usb:1-4", "usb")));
        TransportRegistry r = TransportRegistry.of(List.of(DriverHandle.of(d, "u")), log);
        Optional<PortInfo> p = r.waitForPort(PortInfo::isFlashable, Duration.ofSeconds(30), Duration.ofMillis(1), () -> false);
        assertThat(p).map(PortInfo::portSpec).contains("usb:1-4");
        assertThat(d.discoverCalls).isEqualTo(3);
        assertThat(d.hotplugListener).as("the hot-plug subscription is closed").isNull();
    }

    @Test
    void waitingGivesUpAtTheDeadline() throws Exception {
        ScriptedDriver d = new ScriptedDriver("usb", "usb");
        TransportRegistry r = TransportRegistry.of(List.of(DriverHandle.of(d, "u")), log);
        assertThat(r.waitForPort(PortInfo::isFlashable, Duration.ZERO, Duration.ofMillis(1), () -> false)).isEmpty();
        assertThat(d.discoverCalls).isEqualTo(1);
    }

    @Test
    void waitingStopsWhenCancelled() {
        ScriptedDriver d = new ScriptedDriver("usb", "usb");
        TransportRegistry r = TransportRegistry.of(List.of(DriverHandle.of(d, "u")), log);
        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> r.waitForPort(PortInfo::isFlashable, Duration.ofMinutes(5), Duration.ofMillis(1),
                () -> checks.incrementAndGet() > 2)).isInstanceOf(OperationCanceledException.class);
        assertThat(d.discoverCalls).isEqualTo(2);
    }

    @Test
    void aHotplugEventWakesTheWaiterBeforeThePollInterval() throws Exception {
        ScriptedDriver d = new ScriptedDriver("usb", "usb") {
            private boolean arrived;

            @Override
            public synchronized List<PortInfo> discover() {
                discoverCalls++;
                if (arrived) {
                    return List.of(brom("usb:1-1", "usb"));
                }
                // the phone "arrives" right after the first scan; only its event can wake the wait
                arrived = true;
                new Thread(hotplugListener).start();
                return List.of();
            }
        };
        TransportRegistry r = TransportRegistry.of(List.of(DriverHandle.of(d, "u")), log);
        // a poll interval of an hour: only the hot-plug wake-up can end this wait in time
        Optional<PortInfo> p = r.waitForPort(PortInfo::isFlashable, Duration.ofHours(2), Duration.ofHours(1), () -> false);
        assertThat(p).isPresent();
    }

    @Test
    void opensTcpThroughTheBuiltinRegistry() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                TransportRegistry r = TransportRegistry.builtin()) {
            assertThat(r.drivers()).extracting(DriverDescriptor::id).contains("tcp");
            try (Transport t = r.open("tcp://127.0.0.1:" + server.getLocalPort(), TransportOptions.defaults());
                    var peer = server.accept()) {
                t.write(new byte[] { 0x42 });
                assertThat(peer.getInputStream().read()).isEqualTo(0x42);
                assertThat(t.describe().driverId()).isEqualTo("tcp");
            }
        }
    }

    @Test
    void standardFallsBackToTheClassPathWithoutOsgi() {
        assertThat(org.eclipse.core.runtime.RegistryFactory.getRegistry()).isNull();
        try (TransportRegistry r = TransportRegistry.standard()) {
            assertThat(r.drivers()).extracting(DriverDescriptor::contributor).containsOnly("classpath");
            assertThat(r.problems()).isEmpty();
        }
    }
}
