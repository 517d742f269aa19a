package org.scatterbench.emulator;

/** What answers the host first: the boot ROM, or the preloader already running from flash. */
public enum BootMode {
    /** Boot ROM: GET_BL_VER is echoed, which is how a host recognises BROM. */
    BROM,
    /** Preloader: GET_BL_VER answers the preloader's version byte. */
    PRELOADER
}
