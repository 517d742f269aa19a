package org.scatterbench.transport.registry;

import java.util.List;

import org.scatterbench.transport.PortInfo;

/**
 * The result of asking every driver for its ports. A driver that could not look (libusb missing, a
 * broken plug-in) shows up in {@link #problems()} and the others still list their ports.
 */
public record PortListing(List<PortInfo> ports, List<DriverProblem> problems) {

    /** One driver that could not list its ports, and why, in words for the user. */
    public record DriverProblem(String driverId, String driverName, String message) {
    }

    public PortListing {
        ports = List.copyOf(ports);
        problems = List.copyOf(problems);
    }

    /** The ports a flash can start on (BROM or preloader). */
    public List<PortInfo> flashablePorts() {
        return ports.stream().filter(PortInfo::isFlashable).toList();
    }

    public List<PortInfo> mediaTekPorts() {
        return ports.stream().filter(PortInfo::isMediaTek).toList();
    }
}
