package org.scatterbench.ui.download;

import java.util.List;

import org.scatterbench.layout.plan.PlanMode;

/**
 * The four download modes as the Download view offers them, with the words that explain each
 * choice. The order is the order of the radio buttons; Keep my data comes first and is the default.
 */
public record ModePreset(PlanMode mode, String label, String explanation) {

    public static final List<ModePreset> ALL = List.of(
            new ModePreset(PlanMode.KEEP_DATA, "Keep my data",
                    "Writes only partitions that can be written without touching your data, calibration or "
                            + "identity (userdata, nvram, nvdata, protect...). Refuses when the new ROM moves them."),
            new ModePreset(PlanMode.DOWNLOAD_ONLY, "Download only",
                    "Writes the ticked partitions into the phone's existing layout, like SP Flash Tool's "
                            + "Download Only. Refused when the new layout differs from the phone's."),
            new ModePreset(PlanMode.FIRMWARE_UPGRADE, "Firmware upgrade",
                    "Backs up the calibration partitions, writes the new partition table and images, then "
                            + "restores them. User data does not survive a layout change."),
            new ModePreset(PlanMode.FORMAT_ALL, "Format all + download",
                    "Erases everything outside the boot area and writes the ROM as shipped. Everything on "
                            + "the phone is lost, including IMEI/calibration unless backed up."));

    public static ModePreset of(PlanMode mode) {
        return ALL.stream().filter(p -> p.mode() == mode).findFirst().orElseThrow();
    }
}
