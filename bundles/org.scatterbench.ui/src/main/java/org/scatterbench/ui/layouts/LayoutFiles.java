package org.scatterbench.ui.layouts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scatterbench.layout.table.PartitionTables;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;

/**
 * Reads "a layout" from whatever file the user points at: a scatter file of any generation, or a
 * partition-table dump / disk image (GPT, MBR/EBR, PMT). The same readers the CLI uses; this class
 * only decides which one, by content.
 */
public final class LayoutFiles {

    private LayoutFiles() {
    }

    /**
     * @throws IOException with a message naming the file when it is neither a scatter file nor a dump
     */
    public static Layout read(Path file) throws IOException {
        if (looksLikeText(file)) {
            return ScatterFiles.read(file).layout();
        }
        try {
            return PartitionTables.read(file);
        } catch (TableFormatException e) {
            throw new IOException(file + ": neither a scatter file nor a partition-table dump: " + e.getMessage(), e);
        }
    }

    /** Scatter files are text (or XML); dumps start with a boot sector or a GPT header, binary either way. */
    static boolean looksLikeText(Path file) throws IOException {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        boolean utf16Bom = n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        if (utf16Bom) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0 || (b < 0x09)) {
                return false;
            }
        }
        return n > 0 && new String(head, 0, n, StandardCharsets.ISO_8859_1).chars().anyMatch(c -> c > ' ');
    }
}
