package org.scatterbench.flash.op;

/** The user cancelled; thrown only between two complete device commands. */
final class Cancelled extends Exception {

    private static final long serialVersionUID = 1L;

    Cancelled() {
        super("cancelled");
    }
}
