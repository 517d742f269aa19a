package org.scatterbench.ui.device;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.registry.PortListing;
import org.scatterbench.transport.registry.TransportRegistry;

/**
 * One look at what is connected: the ports the transport drivers list (the same listing as
 * {@code scatterbench device ports}) and the virtual phones this workbench runs. Blocking (drivers
 * may enumerate USB), so the view runs it in a Job.
 */
public final class DeviceScan {

    private final TransportRegistry registry;
    private final VirtualPhoneHost phones;

    public DeviceScan(TransportRegistry registry, VirtualPhoneHost phones) {
        this.registry = registry;
        this.phones = phones;
    }

    public List<DeviceRow> scan() {
        List<DeviceRow> rows = new ArrayList<>();
        for (VirtualPhoneHost.RunningPhone p : phones.phones()) {
            rows.add(new DeviceRow(p.portSpec(), "virtual phone", "BROM", p.chip() + ", eMMC, " + p.table()));
        }
        PortListing listing = registry.listPorts();
        for (PortInfo port : listing.ports()) {
            String mode = port.mode().isEmpty() ? "not a MediaTek device" : port.mode();
            String details = port.description() + (port.usbId().isEmpty() ? "" : " [" + port.usbId() + "]")
                    + (port.note() == null || port.note().isEmpty() ? "" : " " + port.note());
            rows.add(new DeviceRow(port.portSpec(), port.driverId(), mode, details));
        }
        for (PortListing.DriverProblem problem : listing.problems()) {
            rows.add(new DeviceRow("", problem.driverName(), "driver problem", problem.message()));
        }
        if (rows.isEmpty()) {
            rows.add(new DeviceRow("", "", "Waiting for a phone",
                    "Connect a powered-off phone while holding Volume Down, or start a virtual phone."));
        }
        return rows;
    }
}
