package org.scatterbench.flash.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

import org.scatterbench.image.ImageSource;

/**
 * SHA-256 of each image's expanded content (sparse images expanded, as the phone receives them),
 * computed once and shared by every phone of a run.
 */
public final class ImageHashes {

    private final ConcurrentHashMap<Path, String> hashes = new ConcurrentHashMap<>();

    public String of(Path image) throws IOException {
        String h = hashes.get(image);
        if (h == null) {
            h = Sha256.hex(ImageSource.open(image).sha256());
            hashes.putIfAbsent(image, h);
        }
        return h;
    }
}
