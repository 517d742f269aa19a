package org.scatterbench.chip.mt67xx.xflash;

import java.util.List;

import org.scatterbench.flash.FlashException;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * The (storage, partition) pair of the XFlash READ/WRITE/FORMAT parameter for a region
 * (MTK-PROTOCOL.md 5.7). A region written to both boot areas becomes two areas.
 */
record StorageArea(int storage, int partition, Region region) {

    static final int STORAGE_EMMC = 1;

    static List<StorageArea> of(Storage storage, Region region) throws FlashException {
        if (storage != Storage.EMMC) {
            throw new FlashException("the XFlash client addresses eMMC only; the phone reports " + storage
                    + " storage, whose area numbering is not documented yet");
        }
        if (region.equals(Region.EMMC_BOOT1_BOOT2)) {
            return List.of(new StorageArea(STORAGE_EMMC, 1, Region.EMMC_BOOT1),
                    new StorageArea(STORAGE_EMMC, 2, Region.EMMC_BOOT2));
        }
        if (region.equals(Region.EMMC_BOOT1)) {
            return List.of(new StorageArea(STORAGE_EMMC, 1, region));
        }
        if (region.equals(Region.EMMC_BOOT2)) {
            return List.of(new StorageArea(STORAGE_EMMC, 2, region));
        }
        if (region.equals(Region.EMMC_RPMB)) {
            return List.of(new StorageArea(STORAGE_EMMC, 3, region));
        }
        if (region.equals(Region.EMMC_USER)) {
            return List.of(new StorageArea(STORAGE_EMMC, 8, region));
        }
        throw new FlashException("region " + region + " does not exist on eMMC storage");
    }
}
