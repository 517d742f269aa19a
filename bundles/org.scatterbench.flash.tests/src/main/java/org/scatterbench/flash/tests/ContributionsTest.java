package org.scatterbench.flash.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.transport.registry.DriverDescriptor;
import org.scatterbench.transport.registry.TransportRegistry;

/** In a running OSGi framework, chips and transports arrive through the extension registry. */
@Order(1)
public class ContributionsTest {

    @Test
    public void chipsComeFromTheMt67xxPluginThroughTheExtensionRegistry() throws Exception {
        assertThat(RegistryFactory.getRegistry()).as("extension registry").isNotNull();
        ChipRegistry chips = ChipRegistry.load();
        assertThat(chips.problems()).isEmpty();
        ChipDescriptor mt6765 = chips.byHwCode(0x0766).orElseThrow();
        assertThat(mt6765.contributor()).isEqualTo("org.scatterbench.chip.mt67xx");
        assertThat(mt6765.daProtocolId()).isEqualTo("xflash");
        assertThat(chips.chips()).extracting(ChipDescriptor::hwCode)
                .contains(0x0321, 0x0335, 0x0699, 0x0601, 0x0717, 0x0766, 0x0707, 0x0788, 0x0813, 0x0989, 0x0950);
        // the protocol class is loaded from the chip plug-in only now
        assertThat(chips.protocolFor(mt6765)).isNotNull();
    }

    @Test
    public void transportDriversComeFromTheirPlugins() {
        try (TransportRegistry transports = TransportRegistry.standard()) {
            List<DriverDescriptor> drivers = transports.drivers();
            assertThat(drivers).extracting(DriverDescriptor::id).contains("tcp", "serial", "usb");
            assertThat(drivers).filteredOn(d -> d.id().equals("serial")).extracting(DriverDescriptor::contributor)
                    .containsExactly("org.scatterbench.transport.serial");
            assertThat(transports.problems()).isEmpty();
        }
    }
}
