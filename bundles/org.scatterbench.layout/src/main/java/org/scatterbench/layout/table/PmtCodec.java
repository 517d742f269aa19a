package org.scatterbench.layout.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * MediaTek's PMT as the legacy DA returns it for SDMMC_READ_PMT (MTK-LEGACY-DA 6.1): packed
 * little-endian 96-byte records {name[64], u64 size, u64 part_id, u64 offset, u64 mask_flags},
 * recognised by byte 0x48 of the payload being 0xFF. That form is the one verified against a real
 * client; the 88- and 76-byte forms are not, so they are refused rather than guessed. Where the
 * PMT lives on the disk itself is not documented, so it is read from the DA payload only.
 */
public final class PmtCodec {

    public static final int RECORD_SIZE = 96;
    private static final int NAME_SIZE = 64;

    private PmtCodec() {
    }

    /** True when the payload is in the verified 96-byte form. */
    public static boolean isRecognised(byte[] payload) {
        return payload.length >= RECORD_SIZE && payload.length % RECORD_SIZE == 0 && (payload[0x48] & 0xFF) == 0xFF;
    }

    public static Layout read(byte[] payload, String source, Region region) throws TableFormatException {
        if (!isRecognised(payload)) {
            throw new TableFormatException(String.format("%s: PMT of %d bytes is not in the 96-byte record form "
                    + "(byte 0x48 must be 0xFF); the 88- and 76-byte forms are not supported", source, payload.length));
        }
        List<Partition> parts = new ArrayList<>();
        for (int i = 0; i * RECORD_SIZE < payload.length; i++) {
            int off = i * RECORD_SIZE;
            int len = 0;
            while (len < NAME_SIZE && payload[off + len] != 0) {
                len++;
            }
            if (len == 0) {
                break;
            }
            String name = new String(payload, off, len, StandardCharsets.US_ASCII);
            long size = Le.u64(payload, off + 0x40);
            long offset = Le.u64(payload, off + 0x50);
            if (size < 0 || offset < 0) {
                throw new TableFormatException(String.format("%s: PMT record %d (%s) has an impossible offset or size",
                        source, i, name));
            }
            parts.add(Partition.builder(name).index(i).storage(Storage.EMMC).region(region).start(offset).size(size)
                    .build());
        }
        return new Layout(source, "", Storage.EMMC, 0, parts, Map.of());
    }

    /** The 96-byte-record payload for the user-area partitions of a layout (tables excluded). */
    public static byte[] write(Layout layout) throws TableFormatException {
        List<Partition> parts = layout.partitions().stream().filter(p -> p.region().isUserArea())
                .filter(p -> !p.isEndRelative()).toList();
        byte[] out = new byte[parts.size() * RECORD_SIZE];
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            byte[] name = p.baseName().getBytes(StandardCharsets.US_ASCII);
            if (name.length == 0 || name.length >= NAME_SIZE) {
                throw new TableFormatException(layout.source() + ": partition name " + p.name()
                        + " does not fit a PMT record");
            }
            int off = i * RECORD_SIZE;
            System.arraycopy(name, 0, out, off, name.length);
            Le.put64(out, off + 0x40, p.size());
            Le.put64(out, off + 0x48, 0xFFL);
            Le.put64(out, off + 0x50, p.start());
        }
        return out;
    }
}
