package org.scatterbench.transport.serial;

/** A running process, as found under /proc. */
public record ProcessRef(long pid, String name) {

    @Override
    public String toString() {
        return name + " (pid " + pid + ")";
    }
}
