package org.scatterbench.flash.da;

/**
 * One load region of a DA entry (20 bytes in the file).
 *
 * @param fileOffset where the bytes start in the DA file
 * @param length     how many bytes, signature included
 * @param loadAddress where the chip loads them
 * @param startOffset entry offset inside the region
 * @param signatureLength how many of the trailing bytes are the signature
 */
public record DaRegion(long fileOffset, long length, long loadAddress, long startOffset, long signatureLength) {
}
