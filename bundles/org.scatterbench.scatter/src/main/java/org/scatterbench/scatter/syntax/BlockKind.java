package org.scatterbench.scatter.syntax;

/** The three kinds of field groups every scatter generation has. */
public enum BlockKind {
    /** The platform header ({@code MTK_PLATFORM_CFG}). */
    HEADER,
    /** The header of one storage section ({@code storage_type}, V2 only). */
    SECTION,
    /** One partition. */
    PARTITION
}
