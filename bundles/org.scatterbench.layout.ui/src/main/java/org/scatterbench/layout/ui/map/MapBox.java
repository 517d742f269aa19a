package org.scatterbench.layout.ui.map;

import org.scatterbench.layout.diff.Change;

/** One partition drawn on a bar: where it is in its region, how it changed, whether it is protected. */
public record MapBox(String name, long start, long size, Change change, boolean isProtected) {
}
