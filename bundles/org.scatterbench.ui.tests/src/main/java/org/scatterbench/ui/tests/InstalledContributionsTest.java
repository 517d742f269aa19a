package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.flash.chip.ChipDriver;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.protocol.DaClientFactory;
import org.scatterbench.model.Storage;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.ui.about.Contribution;
import org.scatterbench.ui.about.PluginsView;

/** The Installed Plug-ins view lists chip drivers and transports with their bundles, and broken ones plainly. */
public class InstalledContributionsTest {

    @Test
    public void theViewListsTheInstalledChipDriversAndTransportsWithTheirBundles() throws Exception {
        PluginsView view = Workbench.show(PluginsView.ID, PluginsView.class);
        Table table = view.contributions().viewer().getTable();
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0) + "|" + item.getText(3) + "|" + item.getText(4));
        }
        assertThat(rows).anyMatch(r -> r.startsWith("Transport|org.scatterbench.transport|OK"));
        assertThat(rows).anyMatch(r -> r.startsWith("Chip driver|org.scatterbench.chip.mt67xx|OK"));
        Shots.ofPart(view, "installed-plugins");
    }

    @Test
    public void aBrokenContributionIsShownAsBrokenNamingItsBundle() {
        ChipDescriptor chip = new ChipDescriptor("mt6765", "MT6765", 0x0766, 0x6765, 0x10007000L,
                ChipDescriptor.DEFAULT_WATCHDOG_VALUE, Set.of(Storage.EMMC), "xflash", "org.example.first");
        ChipDescriptor clash = new ChipDescriptor("mt6765-copy", "MT6765 again", 0x0766, 0x6765, 0x10007000L,
                ChipDescriptor.DEFAULT_WATCHDOG_VALUE, Set.of(Storage.EMMC), "xflash", "org.example.second");
        ChipRegistry chips = ChipRegistry.fromDrivers(List.of(driver("org.example.first", chip),
                driver("org.example.second", clash)));
        try (TransportRegistry transports = TransportRegistry.builtin()) {
            List<Contribution> rows = Contribution.list(transports, chips);
            assertThat(rows).filteredOn(Contribution::isBroken).singleElement()
                    .satisfies(c -> {
                        assertThat(c.kind()).isEqualTo("Chip driver");
                        assertThat(c.contributor()).isEqualTo("org.example.second");
                        assertThat(c.state()).startsWith("Broken: ").contains("mt6765-copy");
                    });
            assertThat(rows).filteredOn(c -> !c.isBroken() && c.kind().equals("Chip driver"))
                    .extracting(Contribution::contributor).containsExactly("org.example.first");
        }
    }

    private static ChipDriver driver(String plugin, ChipDescriptor chip) {
        return new ChipDriver() {
            @Override
            public String pluginId() {
                return plugin;
            }

            @Override
            public List<ChipDescriptor> chips() {
                return List.of(chip);
            }

            @Override
            public Map<String, Supplier<DaClientFactory>> protocols() {
                return Map.of();
            }
        };
    }
}
