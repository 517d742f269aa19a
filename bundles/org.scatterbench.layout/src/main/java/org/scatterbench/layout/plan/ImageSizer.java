package org.scatterbench.layout.plan;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How many bytes an image occupies once written: its file size for raw images, the expanded
 * size for Android sparse images. Pluggable so the planner uses the image bundle's reader.
 */
@FunctionalInterface
public interface ImageSizer {

    long expandedSize(Path image) throws IOException;
}
