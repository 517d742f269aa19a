package org.scatterbench.scatter;

/**
 * The target format cannot express the document: the message names what (a second storage
 * section, a value with a line break, a field name XML does not allow...).
 */
public class ScatterConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScatterConversionException(String message) {
        super(message);
    }
}
