package org.scatterbench.emulator.tools;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.layout.table.EndRelative;
import org.scatterbench.layout.table.GptWriter;
import org.scatterbench.layout.table.MbrEbrWriter;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.layout.table.TableKind;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

/**
 * Makes a phone's eMMC user-area image from a layout: a sparse file of the right size with the
 * partition table the layout lists written in (pgpt: GPT; MBR/EBR1: the MBR + EBR chain; the
 * table bytes come from the layout bundle's writers) and, optionally, labelled blocks at the start
 * and end of every partition so a test can tell what a flash overwrote.
 */
public final class PhoneImageWriter {

    /** What was made. */
    public record Result(Path image, long size, TableKind table, List<String> labelled) {
    }

    private final long fillBytes;

    /** @param fillBytes bytes labelled at the start of each partition (its last block is labelled too); 0 for none */
    public PhoneImageWriter(long fillBytes) {
        if (fillBytes < 0) {
            throw new IllegalArgumentException("negative fill " + fillBytes);
        }
        this.fillBytes = fillBytes;
    }

    /**
     * Writes the image. Refuses to overwrite an existing file; a layout the table writer cannot
     * express fails with its message (naming the partition) and leaves no file behind.
     */
    public Result write(Layout layout, Path image, long size) throws IOException, TableFormatException {
        if (Files.exists(image)) {
            throw new IOException(image + " exists; not overwriting a phone image");
        }
        TableKind kind = TableEntries.kindOf(layout);
        List<TableWrite> tables = tables(layout, kind, size);
        for (TableWrite w : tables) {
            if (w.range().end() > size) {
                throw new TableFormatException(String.format("%s: the table at 0x%X does not fit an image of 0x%X bytes",
                        layout.source(), w.range().start(), size));
            }
        }
        List<String> labelled = new ArrayList<>();
        boolean done = false;
        try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
            f.setLength(size);
            if (fillBytes > 0) {
                for (Partition p : layout.partitions()) {
                    if (label(f, layout, p, size)) {
                        labelled.add(p.name());
                    }
                }
            }
            // tables last: a labelled block never covers a table
            for (TableWrite w : tables) {
                f.seek(w.range().start());
                f.write(w.bytes());
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(image);
            }
        }
        return new Result(image, size, kind, labelled);
    }

    static List<TableWrite> tables(Layout layout, TableKind kind, long size) throws TableFormatException {
        switch (kind) {
            case GPT:
                return new GptWriter().write(layout, size);
            case MBR_EBR:
                return new MbrEbrWriter().write(layout);
            default:
                return List.of();
        }
    }

    private boolean label(RandomAccessFile f, Layout layout, Partition p, long size)
            throws IOException, TableFormatException {
        if (!p.region().equals(Region.EMMC_USER) || TableEntries.isTable(p)) {
            return false;
        }
        long start = p.isEndRelative() ? EndRelative.resolveStart(layout, p, size) : p.start();
        long psize = p.size() > 0 ? p.size() : size - start;
        if (start < 0 || psize <= 0 || start + psize > size) {
            return false;
        }
        String name = p.baseName();
        long head = Math.min(psize, fillBytes);
        byte[] buf = new byte[(int) Math.min(head, 1 << 20)];
        for (long off = 0; off < head; off += buf.length) {
            int n = (int) Math.min(buf.length, head - off);
            BlockLabel.fill(buf, n, "phone", name, off / BlockLabel.BLOCK);
            f.seek(start + off);
            f.write(buf, 0, n);
        }
        long lastBlock = (psize - 1) / BlockLabel.BLOCK;
        long lastOff = lastBlock * BlockLabel.BLOCK;
        if (lastOff >= head) {
            int n = (int) Math.min(BlockLabel.BLOCK, psize - lastOff);
            byte[] b = new byte[n];
            BlockLabel.fill(b, n, "phone", name, lastBlock);
            f.seek(start + lastOff);
            f.write(b);
        }
        return true;
    }
}
