package org.scatterbench.layout.ui.map;

import java.util.List;

import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/**
 * The two bars of one region, to the same scale: the current layout above, the new one below, and
 * the protected bytes the plan would change.
 *
 * @param extent the bytes the bars span (the region size when known, else the furthest end)
 */
public record RegionBars(Region region, long extent, List<MapBox> current, List<MapBox> next,
        List<ByteRange> touchedProtected) {
}
