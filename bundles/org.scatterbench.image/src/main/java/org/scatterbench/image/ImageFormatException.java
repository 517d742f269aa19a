package org.scatterbench.image;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An image file is malformed or does not match what was read from it earlier. The message always
 * names the file and, where one exists, the chunk and byte offset at fault, so it can be shown to
 * the user as is.
 */
public class ImageFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Marks "no chunk index" or "no offset" in the accessors. */
    public static final long UNKNOWN = -1;

    private final transient Path file;
    private final long chunkIndex;
    private final long offset;

    public ImageFormatException(Path file, String problem) {
        this(file, UNKNOWN, UNKNOWN, problem);
    }

    public ImageFormatException(Path file, long chunkIndex, long offset, String problem) {
        super(compose(file, problem));
        this.file = file;
        this.chunkIndex = chunkIndex;
        this.offset = offset;
    }

    private static String compose(Path file, String problem) {
        return (file == null ? "<image>" : file.toString()) + ": " + problem;
    }

    /** The file at fault, may be null for in-memory sources. */
    public Path file() {
        return file;
    }

    /** 0-based sparse chunk index, or {@link #UNKNOWN}. */
    public long chunkIndex() {
        return chunkIndex;
    }

    /** Byte offset in the file where the problem sits, or {@link #UNKNOWN}. */
    public long offset() {
        return offset;
    }
}
