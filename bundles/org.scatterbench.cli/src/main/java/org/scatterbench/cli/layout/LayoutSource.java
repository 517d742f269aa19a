package org.scatterbench.cli.layout;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.scatterbench.cli.CliException;
import org.scatterbench.layout.table.PartitionTables;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.layout.table.TableKind;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterReadException;

/**
 * A layout read from the command line: a scatter file (any generation) or a disk image, readback
 * or table dump. The kind is detected from the content: a partition-table signature (55 AA at
 * 0x1FE, "EFI PART" at LBA 1, the PMT marker) makes it a disk image, anything else is read as a
 * scatter file.
 */
record LayoutSource(Path file, Layout layout, String kind) {

    static LayoutSource read(Path file) {
        if (!Files.exists(file)) {
            throw new CliException(ExitCodes.UNREADABLE, file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCodes.UNREADABLE, file + ": is a directory, not a scatter file or disk image");
        }
        TableKind table = detectTable(file);
        if (table != TableKind.NONE) {
            try {
                return new LayoutSource(file, PartitionTables.read(file), kindName(table));
            } catch (TableFormatException e) {
                throw new CliException(ExitCodes.UNREADABLE, e.getMessage());
            }
        }
        try {
            return new LayoutSource(file, ScatterFiles.read(file).layout(), "scatter");
        } catch (ScatterReadException e) {
            throw new CliException(ExitCodes.UNREADABLE, e.getMessage()
                    + " (and it carries no partition table, so it is not a disk image either)");
        }
    }

    /** Reads a file that must be a flashable scatter file (the new ROM). */
    /** A new ROM's scatter file, refused as a flash would refuse it (errors, an OTA list). */
    static LayoutSource readScatter(Path file) {
        try {
            return new LayoutSource(file, ScatterFiles.layoutToFlash(file), "scatter");
        } catch (ScatterReadException e) {
            throw new CliException(ExitCodes.UNREADABLE, e.getMessage());
        }
    }

    private static TableKind detectTable(Path file) {
        try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ)) {
            if (ch.size() < 512) {
                return TableKind.NONE;
            }
            return PartitionTables.detect(ch, ch.size(), file.getFileName().toString());
        } catch (IOException | TableFormatException e) {
            throw new CliException(ExitCodes.UNREADABLE, file + ": cannot read: " + e.getMessage());
        }
    }

    private static String kindName(TableKind kind) {
        switch (kind) {
            case GPT:
                return "gpt";
            case MBR_EBR:
                return "mbr-ebr";
            default:
                return "pmt";
        }
    }
}
