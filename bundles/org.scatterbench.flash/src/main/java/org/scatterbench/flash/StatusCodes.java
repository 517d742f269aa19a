package org.scatterbench.flash;

import java.util.Map;

/**
 * Every BROM and DA status code we know, with a plain explanation. Sources: MTK-PROTOCOL.md
 * sections 2 and 5, MTK-LEGACY-DA.md section 9 and FLASH-SEMANTICS.md section 3. Where tables
 * disagree, the number is trusted and the text says what the code is about rather than guessing.
 */
public final class StatusCodes {

    /** XFlash: the DA does not know a DEVICE_CTRL code; callers treat it as "no data". */
    public static final long UNSUPPORTED_CTRL_CODE = 0xC0010004L;
    /** XFlash FORMAT progress: more to come. */
    public static final long FORMAT_CONTINUE = 0x40040004L;
    /** XFlash FORMAT progress: finished. */
    public static final long FORMAT_COMPLETE = 0x40040005L;
    /** BROM SEND_DA: the chip wants Serial Link Authentication before it takes a DA. */
    public static final long BROM_SLA_REQUIRED = 0x1D0DL;

    private static final Map<Long, String> TEXT = Map.ofEntries(
            // BROM layer (u16)
            Map.entry(0x0000L, "OK"),
            Map.entry(0x1D0CL, "no authentication needed"),
            Map.entry(0x1D0DL, "the chip requires Serial Link Authentication (SLA): it only accepts a Download Agent"
                    + " after a signed challenge, which needs the vendor's auth file; Scatterbench cannot do that"),
            Map.entry(0x7017L, "Download Agent Authentication (DAA) failed: the chip only runs Download Agents signed"
                    + " for it"),
            // XFlash DA layer (u32)
            Map.entry(0xC0010001L, "the DA reported an error: the operation failed on the phone (a write its flash"
                    + " did not take, for example)"),
            Map.entry(0xC0010003L, "the DA does not support this command"),
            Map.entry(0xC0010004L, "the DA does not support this control code"),
            Map.entry(0xC0010005L, "protocol error: the DA received a packet it did not expect at this step"),
            Map.entry(0xC0010006L, "protocol buffer overflow: a packet longer than the DA accepts"),
            Map.entry(0xC001000BL, "invalid stage: a storage command before the DA's second stage was running"),
            Map.entry(0xC0020004L, "download is forbidden on this device (the DA refused to write)"),
            Map.entry(0xC0020053L, "anti-rollback: the image is older than what the device allows"),
            Map.entry(0xC0030001L, "the scatter file is invalid for this DA"),
            Map.entry(0xC0030004L, "the preloader image is invalid for this device"),
            Map.entry(0xC0030006L, "storage mismatch: the ROM is for a different storage type than the phone has"),
            Map.entry(0xC0030008L, "the device's GPT is invalid"),
            Map.entry(0xC0030009L, "the device's PMT is invalid"),
            Map.entry(0xC003000AL, "the partition layout changed: the device's table differs from the ROM's"),
            Map.entry(0xC003000DL, "the scatter file has a field this DA does not know"),
            Map.entry(0xC003000EL, "the partition table does not exist on the device"),
            Map.entry(0xC003000FL, "the scatter file is for a different chip (hw chip id mismatch)"),
            Map.entry(0xC0040003L, "checksum error: the data the DA received does not match its checksum"),
            Map.entry(0xC0040006L, "partition not found"),
            Map.entry(0xC0040008L, "exceeded the maximum number of partitions"),
            Map.entry(0xC004000BL, "the address range is outside the available storage"),
            Map.entry(0xC0040050L, "the EMI (DRAM) settings do not match the DA version"),
            Map.entry(0xC0070004L, "the DA's hash does not match (DA1 and DA2 come from different files)"),
            Map.entry(0x40040004L, "operation in progress"),
            Map.entry(0x40040005L, "operation complete"),
            // legacy DA range (decimal in the sources)
            Map.entry(3000L, "internal RAM error"),
            Map.entry(3001L, "external RAM error"),
            Map.entry(3002L, "DRAM setup failed"),
            Map.entry(3003L, "PLL setup error"),
            Map.entry(3004L, "this DRAM is not supported"),
            Map.entry(3005L, "RAM is floating (not connected?)"),
            Map.entry(3006L, "RAM is not accessible"),
            Map.entry(3007L, "RAM error"),
            Map.entry(3008L, "storage device not found"),
            Map.entry(3012L, "no flash storage found (0xBC4; sources disagree on NAND vs. device)"),
            Map.entry(3013L, "SoC check failed"),
            Map.entry(3020L, "the DA timed out"),
            Map.entry(3021L, "the DA is still busy"),
            Map.entry(3039L, "invalid range"),
            Map.entry(3153L, "the flash layout was not found"),
            Map.entry(3205L, "the flash layout does not exist"),
            // flash tool errors (FLASH-SEMANTICS.md section 3)
            Map.entry(4083L, "no valid partition table"),
            Map.entry(4085L, "not enough space for the new layout"),
            Map.entry(4088L, "the ROM's partition table does not match the device's"),
            Map.entry(4089L, "the NVRAM backup size does not match the new layout"),
            Map.entry(4093L, "the NVRAM partition would change without a backup"));

    private StatusCodes() {
    }

    /** {@code 0xC0040003 (checksum error: ...)}; unknown codes say so instead of guessing. */
    public static String describe(long status) {
        String text = TEXT.get(status);
        String hex = status > 0xFFFF ? String.format("0x%08X", status) : String.format("0x%04X", status);
        return hex + " (" + (text != null ? text : "a status code Scatterbench does not know") + ")";
    }

    /** The plain explanation alone, or empty when the code is unknown. */
    public static java.util.Optional<String> explanation(long status) {
        return java.util.Optional.ofNullable(TEXT.get(status));
    }
}
