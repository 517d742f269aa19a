package org.scatterbench.transport.usb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.transport.MediaTekUsbIds;

/** The shipped udev rule covers exactly the USB identities the drivers treat as MediaTek download ports. */
class UdevRuleTest {

    private static Path repoFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new AssertionError(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyDownloadModeIdentityGetsAccessAndModemManagerIgnore() throws IOException {
        List<String> rules = Files.readAllLines(repoFile("releng/udev/51-scatterbench-mediatek.rules")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        for (int pid : new int[] { MediaTekUsbIds.BROM_PRODUCT, MediaTekUsbIds.PRELOADER_PRODUCT }) {
            String product = String.format("%04x", pid);
            String vendor = String.format("%04x", MediaTekUsbIds.VENDOR);
            for (String subsystem : new String[] { "SUBSYSTEM==\"usb\"", "SUBSYSTEM==\"tty\"" }) {
                assertThat(rules).as(subsystem + " " + product).anySatisfy(l -> assertThat(l).contains(subsystem)
                        .contains("{idVendor}==\"" + vendor + "\"").contains("{idProduct}==\"" + product + "\"")
                        .contains("TAG+=\"uaccess\"").contains("GROUP=\"dialout\"")
                        .contains("ENV{ID_MM_DEVICE_IGNORE}=\"1\""));
            }
        }
        assertThat(Files.readString(repoFile("releng/udev/README.md")))
                .contains("sudo install -m 644 releng/udev/51-scatterbench-mediatek.rules /etc/udev/rules.d/");
    }
}
