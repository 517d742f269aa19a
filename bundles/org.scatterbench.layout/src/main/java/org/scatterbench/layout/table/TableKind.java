package org.scatterbench.layout.table;

/** The partition-table schemes a MediaTek device can carry. */
public enum TableKind {
    /** GUID partition table (MT6735/MT6580 V1.1.2 onward): pgpt at the start, sgpt at the end. */
    GPT,
    /** DOS MBR + EBR chain of the MT6575..MT6592 era, written by the ROM as images. */
    MBR_EBR,
    /** MediaTek's own name/offset/size table, kept by the DA. */
    PMT,
    /** No table (a layout that comes from a scatter without table entries). */
    NONE
}
