package org.scatterbench.flash.multi;

/** The work refused to touch a phone (its plan was refused); nothing was written to it. */
public final class RefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }
}
