package org.scatterbench.flash.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.protocol.DaClientFactory;
import org.scatterbench.model.Storage;

/**
 * The chips/daProtocols registry over a real (non-OSGi) Eclipse extension registry: the flash
 * bundle's own plugin.xml declares the points, test contributions use them.
 */
class ChipRegistryTest {

    /** A protocol class the registry instantiates by name; counts creations to prove laziness. */
    public static final class CountingProtocol implements DaClientFactory {
        static int created;

        public CountingProtocol() {
            created++;
        }

        @Override
        public org.scatterbench.flash.protocol.DaClient create(org.scatterbench.flash.protocol.DaConnection c) {
            throw new UnsupportedOperationException("not used here");
        }
    }

    private static IExtensionRegistry registry(String bundle, String pluginXml) throws Exception {
        Object token = new Object();
        IExtensionRegistry r = RegistryFactory.createRegistry(null, token, null);
        try (InputStream in = Files.newInputStream(Paths.get("plugin.xml"))) {
            assertThat(r.addContribution(in, ContributorFactorySimple.createContributor("org.scatterbench.flash"), false,
                    "org.scatterbench.flash", null, token)).isTrue();
        }
        r.addContribution(new ByteArrayInputStream(pluginXml.getBytes(StandardCharsets.UTF_8)),
                ContributorFactorySimple.createContributor(bundle), false, bundle, null, token);
        return r;
    }

    private static final String GOOD_CHIP = "<chip id='mt6765' name='MT6765/MT8768t' hwCode='0x0766' daCode='0x6765'"
            + " watchdogAddress='0x10007000' storage='EMMC' daProtocol='xflash'/>";

    @Test
    void readsChipsWithoutLoadingClassesAndCreatesTheFactoryOnDemand() throws Exception {
        CountingProtocol.created = 0;
        IExtensionRegistry r = registry("test.chips", "<plugin>"
                + "<extension point='org.scatterbench.flash.daProtocols'><protocol id='xflash' class='"
                + CountingProtocol.class.getName() + "'/></extension>"
                + "<extension point='org.scatterbench.flash.chips'>" + GOOD_CHIP + "</extension></plugin>");
        ChipRegistry reg = ExtensionChipReader.read(r);
        ChipDescriptor c = reg.require(0x0766);
        assertThat(c.primaryName()).isEqualTo("MT6765");
        assertThat(c.daCode()).isEqualTo(0x6765);
        assertThat(c.watchdogValue()).isEqualTo(ChipDescriptor.DEFAULT_WATCHDOG_VALUE);
        assertThat(c.storages()).containsExactly(Storage.EMMC);
        assertThat(c.contributor()).isEqualTo("test.chips");
        assertThat(CountingProtocol.created).isZero();
        assertThat(reg.protocolFor(c)).isInstanceOf(CountingProtocol.class);
        assertThat(CountingProtocol.created).isEqualTo(1);
        assertThat(reg.problems()).isEmpty();
    }

    @Test
    void brokenContributionsBecomeProblemsNamingThePlugin() throws Exception {
        IExtensionRegistry r = registry("broken.chips", "<plugin><extension point='org.scatterbench.flash.chips'>"
                + "<chip id='bad1' name='MTX' hwCode='zz' daCode='0x1' watchdogAddress='0x1' storage='EMMC' daProtocol='x'/>"
                + "<chip id='bad2' name='MTY' hwCode='0x0123' daCode='0x1' watchdogAddress='0x1' storage='TAPE' daProtocol='x'/>"
                + "<chip id='bad3' name='MTZ' hwCode='0x0124' daCode='0x1' storage='EMMC' daProtocol='x'/>"
                + GOOD_CHIP + "</extension>"
                + "<extension point='org.scatterbench.flash.daProtocols'><protocol id='xflash' class='no.such.Class'/>"
                + "</extension></plugin>");
        ChipRegistry reg = ExtensionChipReader.read(r);
        assertThat(reg.chips()).extracting(ChipDescriptor::id).containsExactly("mt6765");
        assertThat(reg.problems()).hasSize(3).allMatch(p -> p.contains("broken.chips"));
        assertThat(String.join("\n", reg.problems())).contains("'zz'").contains("TAPE").contains("watchdogAddress");
        assertThatThrownBy(() -> reg.protocolFor(reg.require(0x0766))).isInstanceOf(FlashException.class)
                .hasMessageContaining("broken.chips").hasMessageContaining("xflash");
    }

    @Test
    void anUnknownChipNamesThePluginToInstall() {
        ChipRegistry empty = ChipRegistry.fromDrivers(List.of());
        assertThatThrownBy(() -> empty.require(0x0766)).isInstanceOf(FlashException.class)
                .hasMessage("MT6765 (hw code 0x0766) needs the chip driver plug-in org.scatterbench.chip.mt67xx (feature"
                        + " org.scatterbench.drivers.mt67xx.feature); install it from the update site");
        assertThatThrownBy(() -> empty.require(0x1234)).hasMessageContaining("0x1234").hasMessageContaining("not supported");
    }

    @Test
    void aChipWhoseProtocolIsMissingSaysSo() throws Exception {
        ChipDriver d = new ChipDriver() {
            @Override
            public String pluginId() {
                return "p";
            }

            @Override
            public List<ChipDescriptor> chips() {
                return List.of(new ChipDescriptor("mt6735", "MT6735", 0x0321, 0x6735, 0x10007000L, 0x22000064L,
                        Set.of(Storage.EMMC), "legacy", "p"));
            }

            @Override
            public Map<String, Supplier<DaClientFactory>> protocols() {
                return Map.of();
            }
        };
        ChipRegistry reg = ChipRegistry.fromDrivers(List.of(d, d));
        assertThat(reg.problems()).hasSize(1).allMatch(p -> p.contains("already contributed"));
        assertThatThrownBy(() -> reg.protocolFor(reg.require(0x0321))).hasMessageContaining("'legacy'")
                .hasMessageContaining("no installed plug-in provides");
    }
}
