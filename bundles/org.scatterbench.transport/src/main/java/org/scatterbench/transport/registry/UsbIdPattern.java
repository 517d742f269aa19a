package org.scatterbench.transport.registry;

/**
 * A USB identity a driver claims.
 *
 * @param vendorId  0..0xFFFF
 * @param productId 0..0xFFFF, or {@link #ANY_PRODUCT}
 */
public record UsbIdPattern(int vendorId, int productId) {

    public static final int ANY_PRODUCT = -1;

    public UsbIdPattern {
        if (vendorId < 0 || vendorId > 0xFFFF) {
            throw new IllegalArgumentException("vendor id out of range: " + vendorId);
        }
        if (productId < ANY_PRODUCT || productId > 0xFFFF) {
            throw new IllegalArgumentException("product id out of range: " + productId);
        }
    }

    public boolean matches(int vid, int pid) {
        return vid == vendorId && (productId == ANY_PRODUCT || pid == productId);
    }

    @Override
    public String toString() {
        return productId == ANY_PRODUCT ? String.format("%04x:*", vendorId)
                : String.format("%04x:%04x", vendorId, productId);
    }
}
