package org.scatterbench.transport.registry;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;

import org.scatterbench.transport.AbstractTransportDriver;

/**
 * A contributed driver the registry can name, list and match without loading its class. The class
 * is instantiated on first {@link #driver()}; if that fails, the failure is kept (its message names
 * the contributing bundle) and every later call reports it again without retrying, so one broken
 * plug-in costs the registry one log entry and never a crash.
 */
public final class DriverHandle {

    private final DriverDescriptor descriptor;
    private final DriverFactory factory;
    private AbstractTransportDriver driver;
    private DriverUnavailableException failure;
    private boolean reported;

    public DriverHandle(DriverDescriptor descriptor, DriverFactory factory) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** A handle around a driver that already exists (plain Java, tests). */
    public static DriverHandle of(AbstractTransportDriver driver, String contributor) {
        DriverDescriptor d = new DriverDescriptor(driver.id(), driver.name(), driver.getClass().getName(), contributor,
                driver.portPatterns().stream().map(PortPattern::new).toList(), java.util.List.of());
        DriverHandle h = new DriverHandle(d, () -> driver);
        h.driver = driver;
        return h;
    }

    public DriverDescriptor descriptor() {
        return descriptor;
    }

    public synchronized boolean isLoaded() {
        return driver != null;
    }

    /** Whether loading was tried and failed. */
    public synchronized boolean isBroken() {
        return failure != null;
    }

    public synchronized AbstractTransportDriver driver() throws DriverUnavailableException {
        if (driver != null) {
            return driver;
        }
        if (failure != null) {
            throw failure;
        }
        try {
            AbstractTransportDriver created = factory.create();
            if (created == null) {
                throw new IllegalStateException("the factory returned no driver");
            }
            driver = created;
            return created;
        } catch (Exception | LinkageError e) {
            Throwable cause = unwrap(e);
            failure = new DriverUnavailableException("transport driver '" + descriptor.id() + "' from "
                    + where() + " could not be loaded (" + descriptor.className() + "): " + describe(cause), cause);
            throw failure;
        }
    }

    /** True exactly once after a load attempt, so the registry logs each outcome once. */
    synchronized boolean claimReport() {
        if (reported || (driver == null && failure == null)) {
            return false;
        }
        reported = true;
        return true;
    }

    private String where() {
        return descriptor.contributor().isEmpty() ? "an unknown bundle" : "bundle " + descriptor.contributor();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof InvocationTargetException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    @Override
    public String toString() {
        return descriptor.id() + " (" + descriptor.contributor() + ")";
    }
}
