package org.scatterbench.flash.da;

import java.util.List;

/**
 * One chip entry of a DA container.
 *
 * @param index     position in the file, for messages
 * @param daCode    the DA code (e.g. 0x6765), not the BROM hw code
 * @param hwSubCode hardware sub-code
 * @param hwVersion lowest hardware version this entry serves
 * @param swVersion lowest software version this entry serves
 * @param regions   region[1] is DA1, region[2] is DA2
 */
public record DaEntry(int index, int daCode, int hwSubCode, int hwVersion, int swVersion, List<DaRegion> regions) {

    public DaEntry {
        regions = List.copyOf(regions);
    }

    /** Stage 1, uploaded through BROM SEND_DA. */
    public DaRegion da1() {
        return regions.get(1);
    }

    /** Stage 2, uploaded by DA1's BOOT_TO. */
    public DaRegion da2() {
        return regions.get(2);
    }
}
