package org.scatterbench.image.content;

/**
 * The 64-byte AVB footer at the end of an image (ANDROID-IMAGES.md C.2; big-endian).
 *
 * @param versionMajor      footer format major version
 * @param versionMinor      footer format minor version
 * @param originalImageSize bytes of the image before vbmeta and footer were appended
 * @param vbmetaOffset      where the embedded vbmeta starts
 * @param vbmetaSize        its size
 */
public record AvbFooter(long versionMajor, long versionMinor, long originalImageSize, long vbmetaOffset,
        long vbmetaSize) {

    static final int SIZE = 64;

    /** The footer in the last 64 bytes of an image, or null when there is none. */
    static AvbFooter parse(Head tail) {
        if (!tail.has(0, SIZE) || !tail.startsWith(0, "AVBf")) {
            return null;
        }
        return new AvbFooter(tail.u32be(4), tail.u32be(8), tail.u64be(12), tail.u64be(20), tail.u64be(28));
    }
}
