package org.scatterbench.image.content;

/** What an image holds, as far as its leading bytes tell. */
public enum ContentKind {
    EXT4("ext4 filesystem"),
    F2FS("f2fs filesystem"),
    EROFS("EROFS filesystem"),
    VBMETA("AVB vbmeta image"),
    ANDROID_BOOT("Android boot image"),
    /** LP geometry at 4096: an image of a whole {@code super} partition. */
    LP_SUPER("dynamic partitions (super)"),
    /** LP geometry at 0: {@code super_empty.img}, geometry followed directly by metadata. */
    LP_SUPER_EMPTY("dynamic partitions metadata (super_empty)"),
    /** Starts with EMMC_BOOT or UFS_BOOT: a MediaTek boot-area header. */
    MTK_BOOT_HEADER("MediaTek boot header"),
    GPT_DISK("disk image with a GPT"),
    MBR_DISK("boot sector with an MBR signature"),
    /** The first 12 KiB are zero: nothing to identify. */
    BLANK("blank (leading bytes are zero)"),
    EMPTY("empty file"),
    UNKNOWN("unrecognised data");

    private final String label;

    ContentKind(String label) {
        this.label = label;
    }

    /** Plain-language name for descriptions. */
    public String label() {
        return label;
    }
}
