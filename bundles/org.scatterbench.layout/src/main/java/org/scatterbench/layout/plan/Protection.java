package org.scatterbench.layout.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.scatterbench.layout.table.EndRelative;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;

/**
 * Which partitions hold what a user wants to keep (FLASH-SEMANTICS 4), and where they are.
 * Protected: the user-data partitions, the calibration and device-unique partitions by name, and
 * every partition a layout marks PROTECTED, BINREGION or not upgradable. Partition tables are not
 * protected: rewriting a table that leaves the protected entries in place is how keep-data works.
 */
public final class Protection {

    /** What the user calls "my data": lost when these move, even if calibration survives. */
    public static final Set<String> USER_DATA = Set.of("userdata", "fat", "metadata", "cache");
    /** Device-unique data that cannot be downloaded again from any ROM. */
    public static final Set<String> CALIBRATION = Set.of("nvram", "nvdata", "nvcfg", "protect1", "protect2",
            "proinfo", "persist", "seccfg", "frp");

    private Protection() {
    }

    public static boolean isProtected(Partition p) {
        if (TableEntries.isTable(p)) {
            return false;
        }
        String c = p.canonicalName();
        return USER_DATA.contains(c) || CALIBRATION.contains(c) || p.operation() == OperationType.PROTECTED
                || p.operation() == OperationType.BINREGION || !p.upgradable();
    }

    /** Device-unique: no ROM can give it back (calibration names, PROTECTED, BINREGION). */
    public static boolean isDeviceUnique(Partition p) {
        return CALIBRATION.contains(p.canonicalName()) || p.operation() == OperationType.PROTECTED
                || p.operation() == OperationType.BINREGION;
    }

    public static boolean isUserData(Partition p) {
        return USER_DATA.contains(p.canonicalName());
    }

    /** What the partition holds, in words for a non-expert. */
    public static String whatItHolds(Partition p) {
        switch (p.canonicalName()) {
            case "userdata":
                return "your apps, settings, accounts and (on many phones) photos";
            case "fat":
                return "the internal storage with your photos, music and downloads";
            case "metadata":
                return "the encryption keys of your data partition";
            case "cache":
                return "temporary files and update logs (safe to wipe if you allow it)";
            case "nvram":
            case "nvdata":
            case "nvcfg":
                return "the IMEI, radio calibration and Wi-Fi/Bluetooth addresses";
            case "protect1":
            case "protect2":
                return "backup copies of the modem's calibration (IMEI)";
            case "proinfo":
                return "production info (serial number, factory test results)";
            case "persist":
                return "sensor calibration";
            case "seccfg":
                return "the bootloader lock state";
            case "frp":
                return "factory-reset protection";
            default:
                if (p.operation() == OperationType.PROTECTED) {
                    return "device-unique data the layout marks PROTECTED";
                }
                if (p.operation() == OperationType.BINREGION) {
                    return "device-unique calibration (BINREGION)";
                }
                return "content the layout marks as not upgradable (is_upgradable: false or not downloadable)";
        }
    }

    /**
     * The byte ranges of the protected partitions of {@code current}, minus those the user opted in
     * to wipe. End-relative entries are placed on {@code regionSize} when it is positive and left out
     * otherwise (no write is ever planned into an unresolved reservation).
     */
    public static List<ByteRange> protectedRanges(Layout current, Set<String> optIn, long regionSize) {
        PlanRequest names = new PlanRequest(current, current, null, PlanMode.KEEP_DATA, optIn);
        List<ByteRange> out = new ArrayList<>();
        for (Partition p : current.partitions()) {
            if (!isProtected(p) || names.optedIn(p.name()) || p.size() == 0) {
                continue;
            }
            if (p.isEndRelative()) {
                if (regionSize <= 0) {
                    continue;
                }
                try {
                    out.add(new ByteRange(p.region(), EndRelative.resolveStart(current, p, regionSize), p.size()));
                } catch (TableFormatException e) {
                    continue;
                }
            } else {
                out.add(p.range());
            }
        }
        return out;
    }
}
