package org.scatterbench.transport.registry;

import java.util.List;

import org.scatterbench.transport.AbstractTransportDriver;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.stream.InMemoryPipe;

/** A third-party driver contributed through XML in {@link ExtensionRegistryTest}; counts its instances. */
public final class LoopDriver extends AbstractTransportDriver {

    /** Test-only instance counter: the registry must create the driver lazily and once. */
    static volatile int created;

    public LoopDriver() {
        created++;
    }

    @Override
    public String id() {
        return "loop";
    }

    @Override
    public String name() {
        return "Loop";
    }

    @Override
    public List<String> portPatterns() {
        return List.of("loop:*");
    }

    @Override
    public boolean accepts(String portSpec) {
        return portSpec.startsWith("loop:");
    }

    @Override
    public List<PortInfo> discover() {
        return List.of(PortInfo.of("loop:0", "loop", "in-memory loop"));
    }

    @Override
    public Transport open(String portSpec, TransportOptions options) {
        return InMemoryPipe.open(portSpec, "loop peer").a();
    }
}
