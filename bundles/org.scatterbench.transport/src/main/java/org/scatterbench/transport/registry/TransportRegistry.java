package org.scatterbench.transport.registry;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.scatterbench.transport.AbstractTransportDriver;
import org.scatterbench.transport.InvalidPortSpecException;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Subscription;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;

/**
 * The installed transport drivers: turns a {@code --port} value into an open {@link Transport}, lists
 * the ports every driver sees and waits for a phone to be plugged in.
 * <p>
 * Create one per use ({@link #standard()}); it holds no global state. Drivers load lazily and a
 * broken one is reported (see {@link #problems()}) and skipped, never thrown at the caller unless the
 * caller asked for exactly that driver.
 */
public final class TransportRegistry implements AutoCloseable {

    static final String BUNDLE_ID = "org.scatterbench.transport";

    private final List<DriverHandle> handles;
    private final List<String> problems;
    private final ProblemLog log;

    private TransportRegistry(List<DriverHandle> handles, List<String> problems, ProblemLog log) {
        this.handles = handles;
        this.problems = problems;
        this.log = log;
    }

    /** The extension registry's drivers when running in OSGi, the class path's otherwise. */
    public static TransportRegistry standard() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null && registry.getExtensionPoint(ExtensionDriverSource.EXTENSION_POINT) != null) {
            return fromExtensions(registry);
        }
        return builtin();
    }

    /** Plain Java: TCP plus the drivers found on the class path (see {@link ClasspathDriverSource}). */
    public static TransportRegistry builtin() {
        List<String> problems = new CopyOnWriteArrayList<>();
        ProblemLog log = collecting(problems, null);
        ClassLoader loader = TransportRegistry.class.getClassLoader();
        return build(new ClasspathDriverSource().read(loader, log), problems, log);
    }

    /** OSGi: the contributions to {@code org.scatterbench.transport.drivers}; problems go to the platform log. */
    public static TransportRegistry fromExtensions(IExtensionRegistry registry) {
        return fromExtensions(registry, TransportRegistry::logToPlatform);
    }

    /** As {@link #fromExtensions(IExtensionRegistry)}, reporting problems to {@code log} as well. */
    public static TransportRegistry fromExtensions(IExtensionRegistry registry, ProblemLog log) {
        List<String> problems = new CopyOnWriteArrayList<>();
        ProblemLog combined = collecting(problems, Objects.requireNonNull(log, "log"));
        return build(new ExtensionDriverSource().read(registry, combined), problems, combined);
    }

    /** A registry of the given handles (tests, embedding); {@code log} also receives every problem. */
    public static TransportRegistry of(List<DriverHandle> handles, ProblemLog log) {
        List<String> problems = new CopyOnWriteArrayList<>();
        ProblemLog combined = collecting(problems, Objects.requireNonNull(log, "log"));
        return build(handles, problems, combined);
    }

    private static TransportRegistry build(List<DriverHandle> candidates, List<String> problems, ProblemLog log) {
        Map<String, DriverHandle> byId = new LinkedHashMap<>();
        for (DriverHandle h : candidates) {
            DriverHandle earlier = byId.putIfAbsent(h.descriptor().id(), h);
            if (earlier != null) {
                log.error("bundle " + h.descriptor().contributor() + " contributes transport driver id '"
                        + h.descriptor().id() + "', already contributed by bundle " + earlier.descriptor().contributor()
                        + "; the second one is ignored", null);
            }
        }
        List<DriverHandle> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(h -> h.descriptor().id()));
        return new TransportRegistry(List.copyOf(sorted), problems, log);
    }

    private static ProblemLog collecting(List<String> sink, ProblemLog next) {
        return (message, cause) -> {
            sink.add(message);
            if (next != null) {
                next.error(message, cause);
            }
        };
    }

    private static void logToPlatform(String message, Throwable cause) {
        Platform.getLog(TransportRegistry.class).log(new Status(IStatus.ERROR, BUNDLE_ID, message, cause));
    }

    /** Loads a driver, logging the first failure (or id mismatch) of each handle exactly once. */
    private AbstractTransportDriver load(DriverHandle h) throws DriverUnavailableException {
        try {
            AbstractTransportDriver d = h.driver();
            if (h.claimReport() && !h.descriptor().id().equals(d.id())) {
                log.error("bundle " + h.descriptor().contributor() + ": class " + h.descriptor().className()
                        + " reports id '" + d.id() + "' but is contributed as '" + h.descriptor().id()
                        + "'; the contributed id is used", null);
            }
            return d;
        } catch (DriverUnavailableException e) {
            if (h.claimReport()) {
                log.error(e.getMessage(), e.getCause());
            }
            throw e;
        }
    }

    /** Every usable contribution, sorted by id, without loading any class. */
    public List<DriverDescriptor> drivers() {
        return handles.stream().map(DriverHandle::descriptor).toList();
    }

    /** Broken contributions and drivers that failed to load so far, as logged. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * The driver for a port spec: candidates are chosen by their declared patterns (most specific
     * first), then asked whether they accept the spec.
     *
     * @throws InvalidPortSpecException  when no driver claims the spec
     * @throws DriverUnavailableException when the only drivers claiming it failed to load
     */
    public AbstractTransportDriver resolve(String portSpec) throws IOException {
        if (portSpec == null || portSpec.isBlank()) {
            throw new InvalidPortSpecException("no port given; " + knownForms());
        }
        List<DriverHandle> candidates = handles.stream().filter(h -> h.descriptor().matchSpecificity(portSpec) >= 0)
                .sorted(Comparator.comparingInt((DriverHandle h) -> -h.descriptor().matchSpecificity(portSpec))
                        .thenComparing(h -> h.descriptor().id()))
                .toList();
        DriverUnavailableException unavailable = null;
        for (DriverHandle h : candidates) {
            AbstractTransportDriver d;
            try {
                d = load(h);
            } catch (DriverUnavailableException e) {
                unavailable = unavailable == null ? e : unavailable;
                continue;
            }
            if (d.accepts(portSpec)) {
                return d;
            }
        }
        if (unavailable != null) {
            throw unavailable;
        }
        throw new InvalidPortSpecException("no transport driver understands port '" + portSpec + "'; " + knownForms());
    }

    /** Resolves and opens a port. */
    public Transport open(String portSpec, TransportOptions options) throws IOException {
        return resolve(portSpec).open(portSpec, Objects.requireNonNull(options, "options"));
    }

    private String knownForms() {
        if (handles.isEmpty()) {
            return "no transport drivers are installed";
        }
        return "ports look like " + handles.stream().flatMap(h -> h.descriptor().portPatterns().stream())
                .map(PortPattern::glob).distinct().collect(Collectors.joining(", "))
                + " (installed drivers: " + handles.stream().map(h -> h.descriptor().id()).collect(Collectors.joining(", "))
                + ")";
    }

    /** Asks every driver for its ports; failures become {@link PortListing#problems()}. */
    public PortListing listPorts() {
        List<PortInfo> ports = new ArrayList<>();
        List<PortListing.DriverProblem> trouble = new ArrayList<>();
        for (DriverHandle h : handles) {
            DriverDescriptor d = h.descriptor();
            try {
                ports.addAll(load(h).discover());
            } catch (IOException | RuntimeException | LinkageError e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                trouble.add(new PortListing.DriverProblem(d.id(), d.name(), m));
            }
        }
        return new PortListing(ports, trouble);
    }

    /**
     * "Plug the phone in now": scans until a port matching {@code wanted} appears, the timeout passes
     * or {@code cancelled} says stop. Drivers with hot-plug wake the wait at once; others are polled
     * every {@code pollInterval}.
     *
     * @return the first matching port, or empty when the timeout passed
     * @throws OperationCanceledException when {@code cancelled} returned true (pass
     *                                    {@code monitor::isCanceled})
     */
    public Optional<PortInfo> waitForPort(Predicate<PortInfo> wanted, Duration timeout, Duration pollInterval,
            BooleanSupplier cancelled) throws InterruptedException {
        Objects.requireNonNull(wanted, "wanted");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive");
        }
        PortChangeSignal signal = new PortChangeSignal();
        List<Subscription> subscriptions = subscribe(signal);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new OperationCanceledException();
                }
                long seen = signal.generation();
                Optional<PortInfo> hit = listPorts().ports().stream().filter(wanted).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                signal.awaitChange(seen, Duration.ofNanos(Math.min(left, pollInterval.toNanos())));
            }
        } finally {
            subscriptions.forEach(Subscription::close);
        }
    }

    private List<Subscription> subscribe(PortChangeSignal signal) {
        List<Subscription> subs = new ArrayList<>();
        for (DriverHandle h : handles) {
            try {
                subs.add(load(h).onPortsChanged(signal::bump));
            } catch (IOException | RuntimeException e) {
                // a driver without notifications is still polled through discover()
            }
        }
        return subs;
    }

    /** Disposes the drivers that were loaded. */
    @Override
    public void close() {
        for (DriverHandle h : handles) {
            if (h.isLoaded()) {
                try {
                    h.driver().dispose();
                } catch (IOException | RuntimeException e) {
                    problems.add("transport driver '" + h.descriptor().id() + "' failed to release its resources: " + e);
                }
            }
        }
    }
}
