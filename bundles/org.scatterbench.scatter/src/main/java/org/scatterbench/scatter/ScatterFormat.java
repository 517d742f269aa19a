package org.scatterbench.scatter;

/** The scatter-file generations, detected from content (never from the file name). */
public enum ScatterFormat {
    /** {@code NAME 0xADDR} entries followed by empty {@code { }} blocks (MT65xx era). */
    LEGACY,
    /** Brace-less {@code name 0xADDR} list of OTA packages: informative, not flashable. */
    OTA_LIST,
    /** YAML-like {@code config_version: V1.x}: one storage layout. */
    V1,
    /** YAML-like {@code config_version: V2.x}: one section per storage type. */
    V2,
    /** The XML scatter of SP Flash Tool v6 (V1- or V2-style content). */
    XML
}
