package org.scatterbench.flash.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Storage;

/**
 * Refuses a ROM that would brick the connected phone: built for another platform, another
 * storage, or carrying a preloader for another chip. Runs before anything is written.
 */
public final class BrickGuard {

    private static final Pattern CHIP_NAME = Pattern.compile("MT\\d{4}");
    private static final int PRELOADER_SCAN = 1 << 20;

    private BrickGuard() {
    }

    /**
     * @param rom       the new ROM's layout
     * @param preloader the preloader image the plan writes, if any
     * @return reasons to refuse; empty when the ROM fits this phone
     */
    public static List<String> check(Layout rom, ChipDescriptor chip, Storage deviceStorage, Optional<Path> preloader) {
        List<String> refusals = new ArrayList<>();
        Set<String> chipNames = names(chip);
        String platform = rom.platform().trim().toUpperCase(Locale.ROOT);
        if (platform.isEmpty()) {
            refusals.add(rom.source() + " does not name its platform, so it cannot be checked against the phone's "
                    + chip.primaryName() + "; refusing rather than risking the wrong firmware");
        } else if (!chipNames.contains(platform)) {
            refusals.add(rom.source() + " is for " + rom.platform() + " but the phone is a " + chip.name()
                    + "; flashing it would brick the phone");
        }
        if (rom.storage() != Storage.UNKNOWN && rom.storage() != deviceStorage) {
            refusals.add(rom.source() + " is for " + rom.storage() + " storage but the phone has " + deviceStorage);
        }
        preloader.ifPresent(p -> checkPreloader(p, chipNames, chip, deviceStorage, refusals));
        return refusals;
    }

    private static Set<String> names(ChipDescriptor chip) {
        Set<String> s = new TreeSet<>();
        for (String n : chip.name().split("[/,]")) {
            s.add(n.trim().toUpperCase(Locale.ROOT));
        }
        return s;
    }

    /**
     * A preloader starts with a storage header ({@code EMMC_BOOT} or {@code UFS_BOOT}) and names its
     * chip in its build strings; either pointing elsewhere means it is not for this phone.
     */
    private static void checkPreloader(Path file, Set<String> chipNames, ChipDescriptor chip, Storage storage,
            List<String> refusals) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PRELOADER_SCAN);
        } catch (IOException e) {
            refusals.add("cannot read the preloader " + file + ": " + e.getMessage());
            return;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("UFS_BOOT") && storage != Storage.UFS || text.startsWith("EMMC_BOOT") && storage != Storage.EMMC) {
            refusals.add("the preloader " + file.getFileName() + " is for " + (text.startsWith("UFS") ? "UFS" : "eMMC")
                    + " storage but the phone has " + storage);
        }
        Matcher m = CHIP_NAME.matcher(text);
        Set<String> mentioned = new TreeSet<>();
        while (m.find()) {
            mentioned.add(m.group());
        }
        if (!mentioned.isEmpty() && mentioned.stream().noneMatch(chipNames::contains)) {
            refusals.add("the preloader " + file.getFileName() + " names " + String.join(", ", mentioned)
                    + ", not the phone's " + chip.primaryName() + "; a wrong preloader leaves the phone unbootable");
        }
    }
}
