package org.scatterbench.transport.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.scatterbench.transport.AbstractTransportDriver;
import org.scatterbench.transport.tcp.TcpTransportDriver;

/**
 * The drivers of a plain-Java run (no OSGi): TCP from this bundle, plus every driver registered under
 * {@code META-INF/services/org.scatterbench.transport.AbstractTransportDriver}. The developer loop
 * compiles bundles into one class directory without their resources, so the well-known drivers of
 * this repository are also looked up by class name when the service files are not on the class path.
 */
final class ClasspathDriverSource {

    static final String CONTRIBUTOR = "classpath";

    /** Drivers shipped in this repository, tried by name when ServiceLoader did not find them. */
    static final List<String> WELL_KNOWN = List.of("org.scatterbench.transport.serial.SerialTransportDriver",
            "org.scatterbench.transport.usb.UsbTransportDriver");

    List<DriverHandle> read(ClassLoader loader, ProblemLog log) {
        Map<String, AbstractTransportDriver> byClass = new LinkedHashMap<>();
        TcpTransportDriver tcp = new TcpTransportDriver();
        byClass.put(tcp.getClass().getName(), tcp);
        try {
            for (AbstractTransportDriver d : ServiceLoader.load(AbstractTransportDriver.class, loader)) {
                byClass.putIfAbsent(d.getClass().getName(), d);
            }
        } catch (ServiceConfigurationError e) {
            log.error("a transport driver listed in META-INF/services could not be loaded: " + e.getMessage(), e);
        }
        for (String name : WELL_KNOWN) {
            if (!byClass.containsKey(name)) {
                AbstractTransportDriver d = instantiate(loader, name, log);
                if (d != null) {
                    byClass.put(name, d);
                }
            }
        }
        List<DriverHandle> handles = new ArrayList<>();
        for (AbstractTransportDriver d : byClass.values()) {
            handles.add(DriverHandle.of(d, CONTRIBUTOR));
        }
        return handles;
    }

    private static AbstractTransportDriver instantiate(ClassLoader loader, String name, ProblemLog log) {
        Class<?> c;
        try {
            c = Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            return null; // that driver is simply not installed
        } catch (LinkageError e) {
            log.error("transport driver " + name + " is on the class path but cannot be loaded: " + e, e);
            return null;
        }
        try {
            return (AbstractTransportDriver) c.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            log.error("transport driver " + name + " could not be created: " + e, e);
            return null;
        }
    }
}
