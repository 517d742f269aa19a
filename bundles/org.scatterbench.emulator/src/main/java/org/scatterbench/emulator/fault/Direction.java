package org.scatterbench.emulator.fault;

/** Which way a byte travels on the line, seen from the phone. */
public enum Direction {
    /** Bytes the phone sends to the host. */
    TO_HOST,
    /** Bytes the phone receives from the host. */
    FROM_HOST
}
