package org.scatterbench.chip.mt67xx.xflash;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.protocol.StorageInfo;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * GET_EMMC_INFO (MTK-PROTOCOL.md 5.5): {@code u32 type, u32 block_size}, eight u64 sizes (boot1,
 * boot2, rpmb, gp1-4, user), the 16-byte CID, then {@code u64 fw_ver} and possibly more bytes.
 */
final class EmmcInfo {

    private static final int MIN_LENGTH = 4 + 4 + 8 * 8 + 16;

    private EmmcInfo() {
    }

    static StorageInfo parse(byte[] p) throws FlashException {
        if (p.length < MIN_LENGTH) {
            throw new FlashException("corrupt reply from the DA: the eMMC description is " + p.length
                    + " bytes, at least " + MIN_LENGTH + " expected");
        }
        ByteBuffer b = ByteBuffer.wrap(p).order(ByteOrder.LITTLE_ENDIAN);
        b.getInt();
        long block = Integer.toUnsignedLong(b.getInt());
        long boot1 = b.getLong(), boot2 = b.getLong(), rpmb = b.getLong();
        b.position(b.position() + 32); // gp1..gp4: not used by Android layouts
        long user = b.getLong();
        for (long v : new long[] { boot1, boot2, rpmb, user }) {
            if (v < 0) {
                throw new FlashException("corrupt reply from the DA: an eMMC size does not fit 63 bits");
            }
        }
        Map<Region, Long> sizes = new LinkedHashMap<>();
        sizes.put(Region.EMMC_BOOT1, boot1);
        sizes.put(Region.EMMC_BOOT2, boot2);
        sizes.put(Region.EMMC_RPMB, rpmb);
        sizes.put(Region.EMMC_USER, user);
        return new StorageInfo(Storage.EMMC, block == 0 ? 512 : block, sizes, XFlashClient.hex(p, 72, 88));
    }
}
