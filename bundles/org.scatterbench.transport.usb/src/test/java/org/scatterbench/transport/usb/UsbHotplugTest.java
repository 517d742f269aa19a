package org.scatterbench.transport.usb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.scatterbench.transport.MediaTekUsbIds;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Subscription;
import org.scatterbench.transport.registry.DriverHandle;
import org.scatterbench.transport.registry.TransportRegistry;

/** "Plug the phone in now": the driver hands libusb's hot-plug events to the registry's wait. */
class UsbHotplugTest {

    @Test
    void anArrivalEventEndsTheWaitWithoutPolling() throws Exception {
        SimulatedUsbBackend usb = new SimulatedUsbBackend() {
            private int scans;

            @Override
            public synchronized List<UsbDeviceInfo> devices() {
                if (++scans == 1) {
                    // the phone is plugged in right after the first scan; only the event can wake the waiter
                    withDevice(MediaTekUsbIds.VENDOR, MediaTekUsbIds.BROM_PRODUCT, 1, 7);
                    new Thread(hotplugListener).start();
                    return List.of();
                }
                return super.devices();
            }
        };
        usb.hotplug = true;
        TransportRegistry r = TransportRegistry.of(List.of(DriverHandle.of(new UsbTransportDriver(() -> usb, 65536), "u")),
                (m, c) -> {
                });
        Optional<PortInfo> port = r.waitForPort(PortInfo::isBrom, Duration.ofHours(2), Duration.ofHours(1), () -> false);
        assertThat(port).map(PortInfo::portSpec).contains("usb:1-7");
        assertThat(usb.hotplugVendor).isEqualTo(MediaTekUsbIds.VENDOR);
        assertThat(usb.hotplugListener).as("the subscription ends with the wait").isNull();
    }

    @Test
    void withoutHotplugTheDriverOffersNoSubscriptionAndIsPolled() {
        SimulatedUsbBackend usb = new SimulatedUsbBackend();
        assertThat(new UsbTransportDriver(() -> usb, 65536).onPortsChanged(() -> {
        })).isSameAs(Subscription.NONE);
    }
}
