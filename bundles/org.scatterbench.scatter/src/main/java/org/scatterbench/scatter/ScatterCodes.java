package org.scatterbench.scatter;

/**
 * The stable diagnostic codes of scatter reading and validation. Scripts, the editor and tests key
 * on them: never rename one.
 */
public final class ScatterCodes {

    public static final String BAD_NUMBER = "SCATTER_BAD_NUMBER";
    public static final String BAD_BOOLEAN = "SCATTER_BAD_BOOLEAN";
    public static final String BAD_INDEX = "SCATTER_BAD_INDEX";
    public static final String MISSING_FIELD = "SCATTER_MISSING_FIELD";
    public static final String UNKNOWN_VALUE = "SCATTER_UNKNOWN_VALUE";
    public static final String LEGACY_BODY = "SCATTER_LEGACY_BODY";
    public static final String UNKNOWN_FIELD = "SCATTER_UNKNOWN_FIELD";
    public static final String DUPLICATE_FIELD = "SCATTER_DUPLICATE_FIELD";
    public static final String OTA_LIST = "SCATTER_OTA_LIST";
    public static final String DUPLICATE_NAME = "SCATTER_DUPLICATE_NAME";
    public static final String DUPLICATE_INDEX = "SCATTER_DUPLICATE_INDEX";
    public static final String STORAGE_MISMATCH = "SCATTER_STORAGE_MISMATCH";
    public static final String NOT_ASCENDING = "SCATTER_NOT_ASCENDING";
    public static final String OVERLAP = "SCATTER_OVERLAP";
    public static final String SIZE_MISMATCH = "SCATTER_SIZE_MISMATCH";
    public static final String GAP = "SCATTER_GAP";
    public static final String MISALIGNED = "SCATTER_MISALIGNED";
    public static final String ADDRESS_MISMATCH = "SCATTER_ADDRESS_MISMATCH";
    public static final String PAST_END = "SCATTER_PAST_END";
    public static final String IMAGE_MISSING = "SCATTER_IMAGE_MISSING";
    public static final String IMAGE_TOO_LARGE = "SCATTER_IMAGE_TOO_LARGE";
    public static final String IMAGE_UNREADABLE = "SCATTER_IMAGE_UNREADABLE";
    public static final String FILE_ESCAPES_ROM = "SCATTER_FILE_ESCAPES_ROM";
    public static final String CHECKSUM_MISMATCH = "SCATTER_CHECKSUM_MISMATCH";
    public static final String CHECKSUM_INI = "SCATTER_CHECKSUM_INI";

    private ScatterCodes() {
    }
}
