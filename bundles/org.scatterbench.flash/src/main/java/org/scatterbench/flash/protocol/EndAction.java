package org.scatterbench.flash.protocol;

/** What the phone does when the session ends. */
public enum EndAction {
    /** Leave the DA running (another command may follow on the same connection). */
    NONE,
    /** Restart into the OS. */
    REBOOT,
    /** Power off. */
    SHUTDOWN
}
