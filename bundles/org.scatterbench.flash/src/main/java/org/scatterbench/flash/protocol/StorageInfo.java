package org.scatterbench.flash.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * The phone's storage as the DA reports it.
 *
 * @param storage     the storage the phone boots from
 * @param blockSize   the DA's block unit in bytes
 * @param regionSizes capacity of each hardware region
 * @param cid         the eMMC CID (or UFS equivalent), hex, empty when unknown
 */
public record StorageInfo(Storage storage, long blockSize, Map<Region, Long> regionSizes, String cid) {

    public StorageInfo {
        regionSizes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(regionSizes));
        cid = cid == null ? "" : cid;
    }

    public Optional<Long> size(Region region) {
        return Optional.ofNullable(regionSizes.get(region));
    }

    /** The region that holds the partition table and the OS partitions. */
    public Region userRegion() {
        return storage == Storage.UFS ? Region.parse("UFS_LU2") : Region.EMMC_USER;
    }
}
