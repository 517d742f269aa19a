package org.scatterbench.chip.mt67xx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.scatterbench.chip.mt67xx.xflash.XFlashProtocol;
import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.chip.PlainJavaDrivers;

/**
 * plugin.xml (what OSGi sees) and {@link ChipDriverEntry} (what plain Java sees) describe the same
 * chips, and the table covers the chips the issue requires with the documented codes.
 */
class PluginXmlTest {

    private static List<String> fromPluginXml() throws Exception {
        Object token = new Object();
        IExtensionRegistry r = RegistryFactory.createRegistry(null, token, null);
        Path flash = Paths.get("../org.scatterbench.flash/plugin.xml");
        try (InputStream in = Files.newInputStream(flash)) {
            r.addContribution(in, ContributorFactorySimple.createContributor("org.scatterbench.flash"), false,
                    "org.scatterbench.flash", null, token);
        }
        try (InputStream in = Files.newInputStream(Paths.get("plugin.xml"))) {
            r.addContribution(in, ContributorFactorySimple.createContributor(ChipDriverEntry.PLUGIN_ID), false,
                    ChipDriverEntry.PLUGIN_ID, null, token);
        }
        List<String> l = new ArrayList<>();
        for (IConfigurationElement e : r.getConfigurationElementsFor("org.scatterbench.flash.chips")) {
            l.add(String.join("|", e.getAttribute("id"), e.getAttribute("name"),
                    Integer.toString(Integer.decode(e.getAttribute("hwCode"))),
                    Integer.toString(Integer.decode(e.getAttribute("daCode"))),
                    Long.toString(Long.decode(e.getAttribute("watchdogAddress"))),
                    Long.toString(Long.decode(e.getAttribute("watchdogValue"))), e.getAttribute("storage"),
                    e.getAttribute("daProtocol")));
        }
        for (IConfigurationElement e : r.getConfigurationElementsFor("org.scatterbench.flash.daProtocols")) {
            assertThat(e.getAttribute("class")).isEqualTo(XFlashProtocol.class.getName());
        }
        return l;
    }

    private static String row(ChipDescriptor c) {
        return String.join("|", c.id(), c.name(), Integer.toString(c.hwCode()), Integer.toString(c.daCode()),
                Long.toString(c.watchdogAddress()), Long.toString(c.watchdogValue()),
                String.join(",", c.storages().stream().map(Enum::name).sorted().toList()), c.daProtocolId());
    }

    @Test
    void pluginXmlAndThePlainJavaTableAgree() throws Exception {
        List<String> plain = new ChipDriverEntry().chips().stream().map(PluginXmlTest::row).toList();
        List<String> xml = fromPluginXml().stream().map((String s) -> {
            String[] f = s.split("\\|");
            f[6] = String.join(",", java.util.Arrays.stream(f[6].split(",")).sorted().toList());
            return String.join("|", f);
        }).toList();
        assertThat(xml).containsExactlyElementsOf(plain);
    }

    @Test
    void theRequiredChipsHaveTheirDocumentedCodes() {
        ChipRegistry reg = ChipRegistry.fromDrivers(List.of(new ChipDriverEntry()));
        int[][] required = { { 0x0321, 0x6735 }, { 0x0335, 0x6735 }, { 0x0699, 0x6739 }, { 0x0601, 0x6755 },
                { 0x0717, 0x6761 }, { 0x0766, 0x6765 }, { 0x0707, 0x6768 }, { 0x0788, 0x6771 }, { 0x0813, 0x6785 },
                { 0x0989, 0x6833 }, { 0x0950, 0x6893 } };
        for (int[] r : required) {
            assertThat(reg.byHwCode(r[0])).as(Integer.toHexString(r[0])).get().extracting(ChipDescriptor::daCode)
                    .isEqualTo(r[1]);
        }
        assertThat(reg.byHwCode(0x0766).get().primaryName()).isEqualTo("MT6765");
        assertThat(reg.problems()).isEmpty();
    }

    @Test
    void plainJavaDiscoveryFindsThisPluginByConvention() throws Exception {
        assertThat(PlainJavaDrivers.discover()).anyMatch(d -> d.pluginId().equals(ChipDriverEntry.PLUGIN_ID));
        ChipRegistry reg = ChipRegistry.load();
        assertThat(reg.protocolFor(reg.require(0x0766))).isInstanceOf(XFlashProtocol.class);
    }
}
