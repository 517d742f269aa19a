package org.scatterbench.transport;

import java.io.IOException;
import java.util.List;

/**
 * A kind of connection to a phone (serial, USB, TCP). Drivers are contributed through the
 * {@code org.scatterbench.transport.drivers} extension point (see {@code schema/drivers.exsd}) or, in
 * plain Java, found through {@link java.util.ServiceLoader}; they need a public no-argument
 * constructor.
 * <p>
 * An abstract class rather than an interface so that methods can be added later with a default
 * without breaking contributed drivers. A driver instance is shared by everything that uses one
 * registry: it must keep no per-connection state in fields (each {@link #open} returns its own
 * {@link Transport}) and no static mutable state at all.
 */
public abstract class AbstractTransportDriver {

    /** Stable id: {@code serial}, {@code usb}, {@code tcp}. Equals the contribution's id. */
    public abstract String id();

    /** Human-readable name for lists and messages. */
    public abstract String name();

    /**
     * Port-spec globs ({@code *} matches anything) this driver claims, the same ones its plugin.xml
     * declares; the registry matches them before it loads the driver.
     */
    public abstract List<String> portPatterns();

    /** Whether {@code portSpec} is one this driver can open (finer than the patterns). */
    public abstract boolean accepts(String portSpec);

    /**
     * The ports this driver can see right now. Cheap enough to call a few times per second.
     *
     * @throws IOException when the driver cannot look at all (e.g. libusb failed to initialise); the
     *                     message says so plainly
     */
    public abstract List<PortInfo> discover() throws IOException;

    /**
     * Opens one port.
     *
     * @throws InvalidPortSpecException when the spec is malformed or refused
     * @throws IOException              when the port cannot be opened; the message says what to do
     */
    public abstract Transport open(String portSpec, TransportOptions options) throws IOException;

    /**
     * Calls {@code listener} (on any thread) when ports may have appeared or disappeared, so that a
     * waiter can rescan at once. Drivers without hot-plug notification keep this default and are
     * polled.
     */
    public Subscription onPortsChanged(Runnable listener) {
        return Subscription.NONE;
    }

    /** Releases what the driver holds between connections (a libusb context...). */
    public void dispose() {
        // most drivers hold nothing between connections
    }

    @Override
    public String toString() {
        return id() + " (" + name() + ")";
    }
}
