package org.scatterbench.transport.registry;

/** A driver contribution that cannot be used; the message names the contributing bundle. */
public final class InvalidContributionException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidContributionException(String message) {
        super(message);
    }
}
