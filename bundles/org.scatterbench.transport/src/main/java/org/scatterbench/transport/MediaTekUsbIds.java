package org.scatterbench.transport;

/**
 * The USB identities a MediaTek phone shows while it can be flashed (MTK-PROTOCOL.md section 0). The
 * boot ROM enumerates with {@link #BROM_PRODUCT}; a phone whose preloader is intact enumerates with
 * {@link #PRELOADER_PRODUCT} first.
 */
public final class MediaTekUsbIds {

    public static final int VENDOR = 0x0E8D;
    public static final int BROM_PRODUCT = 0x0003;
    public static final int PRELOADER_PRODUCT = 0x2000;

    private MediaTekUsbIds() {
    }

    public static boolean isBrom(int vendorId, int productId) {
        return vendorId == VENDOR && productId == BROM_PRODUCT;
    }

    public static boolean isPreloader(int vendorId, int productId) {
        return vendorId == VENDOR && productId == PRELOADER_PRODUCT;
    }

    /** "0e8d:0003", or an empty string when the port has no USB identity. */
    public static String format(int vendorId, int productId) {
        if (vendorId < 0) {
            return "";
        }
        return String.format("%04x:%04x", vendorId, productId);
    }
}
