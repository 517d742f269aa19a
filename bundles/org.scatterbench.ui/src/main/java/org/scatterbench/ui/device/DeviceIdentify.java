package org.scatterbench.ui.device;

import java.io.IOException;
import java.time.Duration;

import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.brom.BromClient;
import org.scatterbench.flash.brom.BromIdentity;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.ui.prefs.WorkbenchPreferences;

/**
 * Asks a phone who it is: BROM handshake and identify, the chip from the installed chip drivers,
 * and the target config in words. Writes nothing and uploads no DA. Blocking: run it in a Job.
 */
public final class DeviceIdentify {

    private final TransportRegistry registry;

    public DeviceIdentify(TransportRegistry registry) {
        this.registry = registry;
    }

    /** The row for {@code row}'s port with what the phone said, or why it could not be asked. */
    public DeviceRow identify(DeviceRow row, Duration timeout) {
        try (Transport t = registry.open(row.portSpec(), TransportOptions.defaults())) {
            BromClient brom = new BromClient(t, timeout);
            brom.handshake(new WorkbenchPreferences().handshake());
            BromIdentity id = brom.identify();
            String chip = ChipRegistry.load().byHwCode(id.hwCode()).map(c -> c.primaryName())
                    .orElse(String.format("unknown chip (no installed driver for hw code 0x%04X)", id.hwCode()));
            String config = id.targetConfig().explain().isEmpty() ? "no secure boot"
                    : String.join(", ", id.targetConfig().explain());
            return new DeviceRow(row.portSpec(), row.kind(), id.brom() ? "BROM" : "preloader",
                    String.format("%s, hw code 0x%04X, target config: %s; storage is read once the DA runs", chip,
                            id.hwCode(), config));
        } catch (IOException | FlashException e) {
            return new DeviceRow(row.portSpec(), row.kind(), "not answering", e.getMessage());
        }
    }
}
