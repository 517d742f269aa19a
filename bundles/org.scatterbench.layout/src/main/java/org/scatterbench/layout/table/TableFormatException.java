package org.scatterbench.layout.table;

/**
 * A partition table could not be read or written. The message names the table, the LBA or byte
 * offset and, for checksum failures, the stored and computed CRCs, so a user can tell a damaged
 * table from a file that is not a disk image at all.
 */
public class TableFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public TableFormatException(String message) {
        super(message);
    }

    public TableFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
