package org.scatterbench.image.sparse;

/** The four chunk types of a sparse image, with their on-disk ids (ANDROID-IMAGES.md A.2). */
public enum ChunkType {
    RAW(0xCAC1), FILL(0xCAC2), DONT_CARE(0xCAC3), CRC32(0xCAC4);

    private final int id;

    ChunkType(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** The type for an on-disk id, or null when the id is unknown. */
    public static ChunkType fromId(int id) {
        for (ChunkType t : values()) {
            if (t.id == id) {
                return t;
            }
        }
        return null;
    }
}
