package org.scatterbench.flash.engine;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.protocol.StorageInfo;
import org.scatterbench.layout.table.PartitionTables;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Region;

/** Reads the phone's partition table through the DA and labels the result with the chip and storage. */
final class DeviceTableReader {

    private final DeviceSession session;

    DeviceTableReader(DeviceSession session) {
        this.session = session;
    }

    Layout read(IProgressMonitor monitor) throws FlashException {
        SubMonitor.convert(monitor, "Reading the partition table", 1);
        StorageInfo s = session.storage();
        Region user = s.userRegion();
        long size = s.size(user).orElseThrow(() -> new FlashException("the DA did not report the size of " + user
                + ", so the partition table cannot be located"));
        String name = "device " + session.transport().describe().port();
        Layout raw;
        try (DeviceChannel ch = new DeviceChannel(session.da(), user, size)) {
            raw = PartitionTables.read(ch, size, name, user);
        } catch (TableFormatException e) {
            if (e.getCause() instanceof DeviceChannel.DeviceReadException) {
                throw ((DeviceChannel.DeviceReadException) e.getCause()).cause;
            }
            throw new FlashException("the phone's partition table cannot be read: " + e.getMessage(), e);
        }
        Layout l = new Layout(name, session.chip().primaryName(), s.storage(), s.blockSize(), raw.partitions(),
                raw.regionSizes());
        for (var e : s.regionSizes().entrySet()) {
            l = l.withRegionSize(e.getKey(), e.getValue());
        }
        return l;
    }
}
