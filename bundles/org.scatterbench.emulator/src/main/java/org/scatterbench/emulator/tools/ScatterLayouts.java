package org.scatterbench.emulator.tools;

import java.nio.file.Path;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterReadException;

/** Reads the eMMC layout a phone image or ROM is made from. */
public final class ScatterLayouts {

    private ScatterLayouts() {
    }

    /**
     * The scatter's layout, if it describes an eMMC phone.
     *
     * @throws ScatterReadException naming the file when it is unreadable, or describes UFS or
     *                              NAND storage, which the virtual phone does not model
     */
    public static Layout emmcLayout(Path scatter) throws ScatterReadException {
        Layout layout = ScatterFiles.read(scatter).layout();
        if (layout.storage() != Storage.EMMC && layout.storage() != Storage.UNKNOWN) {
            throw new ScatterReadException(scatter.toString(), 0, "describes " + layout.storage()
                    + " storage; the virtual phone models eMMC only");
        }
        return layout;
    }
}
