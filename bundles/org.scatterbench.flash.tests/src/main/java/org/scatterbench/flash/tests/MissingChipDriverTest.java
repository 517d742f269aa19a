package org.scatterbench.flash.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.chip.ChipRegistry;

/**
 * With the chip-driver plug-in stopped and removed, a connected MT6765 gets a message naming the
 * plug-in (and feature) to install, not a failure. Runs last: it removes the plug-in for good.
 */
@Order(Integer.MAX_VALUE)
public class MissingChipDriverTest {

    private static final String CHIP_PLUGIN = "org.scatterbench.chip.mt67xx";

    @Test
    public void theEngineNamesThePluginAConnectedChipNeeds() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Bundle chipBundle = find(context, CHIP_PLUGIN);
        assertThat(ChipRegistry.load().byHwCode(0x0766)).as("MT6765 before removal").isPresent();

        chipBundle.stop();
        chipBundle.uninstall();
        refresh(context, chipBundle);

        ChipRegistry registry = ChipRegistry.load();
        assertThat(registry.byHwCode(0x0766)).as("MT6765 after removal").isEmpty();
        assertThatThrownBy(() -> registry.require(0x0766)).isInstanceOf(FlashException.class)
                .hasMessageContaining("MT6765").hasMessageContaining(CHIP_PLUGIN)
                .hasMessageContaining("org.scatterbench.drivers.mt67xx.feature");
    }

    private static Bundle find(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(symbolicName + " is not installed in the test framework");
    }

    /** The extension registry drops an uninstalled bundle's contributions when the framework refreshes it. */
    private static void refresh(BundleContext context, Bundle bundle) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        wiring.refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                done.countDown();
            }
        });
        assertThat(done.await(30, TimeUnit.SECONDS)).as("framework refresh").isTrue();
    }
}
