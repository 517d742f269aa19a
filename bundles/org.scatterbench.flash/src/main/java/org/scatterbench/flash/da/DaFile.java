package org.scatterbench.flash.da;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A MediaTek Download Agent container (MTK-PROTOCOL.md section 3): a 0x6C-byte header, a count of
 * chip entries, then 0xDC-byte (or older 0xD8-byte) entries whose regions point into the file.
 * Every offset and length is checked against the file before use.
 */
public final class DaFile {

    private static final int COUNT_OFFSET = 0x68;
    private static final int ENTRIES_OFFSET = 0x6C;
    private static final int ENTRY_SIZE = 0xDC;
    private static final int OLD_ENTRY_SIZE = 0xD8;
    private static final int ENTRY_MAGIC = 0xDADA;
    private static final int REGION_SIZE = 20;
    private static final int REGIONS_OFFSET = 20;
    private static final int MAX_ENTRIES = 512;
    private static final int MAX_FILE = 256 * 1024 * 1024;

    private final String name;
    private final byte[] bytes;
    private final List<DaEntry> entries;
    private final boolean xml;

    private DaFile(String name, byte[] bytes, List<DaEntry> entries, boolean xml) {
        this.name = name;
        this.bytes = bytes;
        this.entries = List.copyOf(entries);
        this.xml = xml;
    }

    public static DaFile read(Path file) throws DaFileException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE) {
                throw new DaFileException(file + ": " + size + " bytes is too large for a Download Agent");
            }
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DaFileException("cannot read the Download Agent " + file + ": " + e.getMessage());
        }
    }

    public static DaFile parse(String name, byte[] bytes) throws DaFileException {
        if (bytes.length < ENTRIES_OFFSET) {
            throw new DaFileException(name + ": " + bytes.length + " bytes is too short for a DA file (the header"
                    + " alone is 0x6C bytes)");
        }
        String header = new String(bytes, 0, ENTRIES_OFFSET, StandardCharsets.ISO_8859_1);
        if (!header.contains("MTK_DOWNLOAD_AGENT")) {
            throw new DaFileException(name + ": not a MediaTek Download Agent (no MTK_DOWNLOAD_AGENT at offset 0)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long count = Integer.toUnsignedLong(b.getInt(COUNT_OFFSET));
        if (count == 0 || count > MAX_ENTRIES) {
            throw new DaFileException(name + ": entry count " + count + " at offset 0x68 is not plausible");
        }
        int entrySize = entrySize(bytes);
        List<DaEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(entry(name, bytes, b, i, ENTRIES_OFFSET + (long) i * entrySize, entrySize));
        }
        return new DaFile(name, bytes, entries, header.contains("MTK_DA_v6"));
    }

    private static int entrySize(byte[] bytes) {
        int probe = ENTRIES_OFFSET + OLD_ENTRY_SIZE;
        boolean oldFormat = probe + 1 < bytes.length && (bytes[probe] & 0xFF) == 0xDA
                && (bytes[probe + 1] & 0xFF) == 0xDA;
        return oldFormat ? OLD_ENTRY_SIZE : ENTRY_SIZE;
    }

    private static DaEntry entry(String name, byte[] bytes, ByteBuffer b, int index, long at, int entrySize)
            throws DaFileException {
        String where = name + ": entry " + index + " at offset 0x" + Long.toHexString(at);
        if (at + entrySize > bytes.length) {
            throw new DaFileException(where + " runs past the end of the file (" + bytes.length + " bytes)");
        }
        int p = (int) at;
        int magic = u16(b, p);
        if (magic != ENTRY_MAGIC) {
            throw new DaFileException(where + ": magic is 0x" + Integer.toHexString(magic) + ", expected 0xDADA");
        }
        int regionIndex = u16(b, p + 16);
        int regionCount = u16(b, p + 18);
        if (regionCount < 3 || REGIONS_OFFSET + (long) regionCount * REGION_SIZE > entrySize) {
            throw new DaFileException(where + ": region count " + regionCount + " does not fit an entry of 0x"
                    + Integer.toHexString(entrySize) + " bytes (at least 3 needed: header, DA1, DA2)");
        }
        List<DaRegion> regions = new ArrayList<>();
        for (int r = 0; r < regionCount; r++) {
            int q = p + REGIONS_OFFSET + r * REGION_SIZE;
            DaRegion region = new DaRegion(u32(b, q), u32(b, q + 4), u32(b, q + 8), u32(b, q + 12), u32(b, q + 16));
            if (region.fileOffset() + region.length() > bytes.length) {
                throw new DaFileException(String.format("%s: region %d (offset 0x%X, length 0x%X) runs past the end"
                        + " of the file (0x%X bytes)", where, r, region.fileOffset(), region.length(), bytes.length));
            }
            if (region.signatureLength() > region.length()) {
                throw new DaFileException(String.format("%s: region %d has a 0x%X-byte signature but is only 0x%X"
                        + " bytes long", where, r, region.signatureLength(), region.length()));
            }
            regions.add(region);
        }
        if (regionIndex != 0 && regionIndex >= regionCount) {
            throw new DaFileException(where + ": entry region index " + regionIndex + " >= region count " + regionCount);
        }
        return new DaEntry(index, u16(b, p + 2), u16(b, p + 4), u16(b, p + 6), u16(b, p + 8), regions);
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }

    public String name() {
        return name;
    }

    public List<DaEntry> entries() {
        return entries;
    }

    /** True for a V6 (XML) loader, which needs a different DA protocol. */
    public boolean isXml() {
        return xml;
    }

    /**
     * The entry for a chip: its DA code matches and its versions are not newer than the chip's.
     * Among several, the one with the highest versions wins (it is the most specific).
     */
    public Optional<DaEntry> find(int daCode, int hwVersion, int swVersion) {
        DaEntry best = null;
        for (DaEntry e : entries) {
            if (e.daCode() == daCode && e.hwVersion() <= hwVersion && e.swVersion() <= swVersion
                    && (best == null || e.hwVersion() > best.hwVersion()
                            || e.hwVersion() == best.hwVersion() && e.swVersion() > best.swVersion())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Like {@link #find}, but fails with a message listing what the file does serve. */
    public DaEntry require(String chipName, int daCode, int hwVersion, int swVersion) throws DaFileException {
        Optional<DaEntry> e = find(daCode, hwVersion, swVersion);
        if (e.isPresent()) {
            return e.get();
        }
        StringBuilder codes = new StringBuilder();
        for (DaEntry x : entries) {
            codes.append(codes.length() == 0 ? "" : ", ")
                    .append(String.format("0x%04X (hw ver 0x%04X, sw ver 0x%04X)", x.daCode(), x.hwVersion(), x.swVersion()));
        }
        throw new DaFileException(String.format("%s has no Download Agent for %s (DA code 0x%04X, hw ver 0x%04X, sw ver"
                + " 0x%04X); it serves: %s. Use the DA that came with this phone's firmware.", name, chipName, daCode,
                hwVersion, swVersion, codes));
    }

    /** The bytes of a region, signature included. */
    public byte[] bytes(DaRegion region) {
        return Arrays.copyOfRange(bytes, (int) region.fileOffset(), (int) (region.fileOffset() + region.length()));
    }

    /** The bytes of a region without its trailing signature (what BOOT_TO sends for DA2). */
    public byte[] bytesWithoutSignature(DaRegion region) {
        long n = region.length() - region.signatureLength();
        return Arrays.copyOfRange(bytes, (int) region.fileOffset(), (int) (region.fileOffset() + n));
    }
}
