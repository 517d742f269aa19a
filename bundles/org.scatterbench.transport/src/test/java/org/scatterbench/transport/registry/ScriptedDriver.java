package org.scatterbench.transport.registry;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.scatterbench.transport.AbstractTransportDriver;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Subscription;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.stream.InMemoryPipe;

/** A driver whose discovery answers are scripted, to drive the registry's own logic. */
class ScriptedDriver extends AbstractTransportDriver {

    private final String id;
    private final List<String> patterns;
    private final Deque<List<PortInfo>> discoveries = new ArrayDeque<>();
    private IOException discoveryFailure;
    Runnable hotplugListener;
    int discoverCalls;

    ScriptedDriver(String id, String... patterns) {
        this.id = id;
        this.patterns = List.of(patterns);
    }

    ScriptedDriver thenDiscover(List<PortInfo> ports) {
        discoveries.add(ports);
        return this;
    }

    ScriptedDriver failDiscovery(String message) {
        discoveryFailure = new IOException(message);
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return "scripted " + id;
    }

    @Override
    public List<String> portPatterns() {
        return patterns;
    }

    @Override
    public boolean accepts(String portSpec) {
        return !portSpec.endsWith("!refused");
    }

    @Override
    public synchronized List<PortInfo> discover() throws IOException {
        discoverCalls++;
        if (discoveryFailure != null) {
            throw discoveryFailure;
        }
        return discoveries.size() > 1 ? discoveries.poll() : discoveries.isEmpty() ? List.of() : discoveries.peek();
    }

    @Override
    public Transport open(String portSpec, TransportOptions options) {
        return InMemoryPipe.open(portSpec, "peer").a();
    }

    @Override
    public synchronized Subscription onPortsChanged(Runnable listener) {
        hotplugListener = listener;
        return () -> hotplugListener = null;
    }
}
