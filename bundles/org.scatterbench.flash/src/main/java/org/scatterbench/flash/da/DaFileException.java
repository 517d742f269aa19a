package org.scatterbench.flash.da;

/** A DA file that cannot be used; the message names the file and the bad field. */
public class DaFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public DaFileException(String message) {
        super(message);
    }
}
