package org.scatterbench.image.sparse;

/** Constants of the libsparse on-disk format (ANDROID-IMAGES.md A.1, A.2). */
public final class SparseFormat {

    /** The u32 magic, read little-endian; bytes 3A FF 26 ED on disk. */
    public static final int MAGIC = 0xED26FF3A;
    public static final int MAJOR_VERSION = 1;
    /** The header size this format defines; readers accept bigger headers and skip the rest. */
    public static final int FILE_HEADER_SIZE = 28;
    /** The chunk header size this format defines; readers accept bigger ones and skip the rest. */
    public static final int CHUNK_HEADER_SIZE = 12;
    /** What every Android build uses. */
    public static final int DEFAULT_BLOCK_SIZE = 4096;

    private SparseFormat() {
    }

    /** True when the first four bytes of a file are the sparse magic. */
    public static boolean hasMagic(byte[] firstBytes) {
        return firstBytes.length >= 4 && (firstBytes[0] & 0xFF) == 0x3A && (firstBytes[1] & 0xFF) == 0xFF
                && (firstBytes[2] & 0xFF) == 0x26 && (firstBytes[3] & 0xFF) == 0xED;
    }
}
