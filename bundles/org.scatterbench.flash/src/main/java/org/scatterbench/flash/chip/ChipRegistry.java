package org.scatterbench.flash.chip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.protocol.DaClientFactory;

/**
 * The chips and DA protocols the installed chip-driver plug-ins contribute. Chip metadata is read
 * without loading any plug-in class; a protocol factory is created only when a chip that needs it
 * connects. A broken contribution becomes a logged problem naming its plug-in, never a crash.
 */
public final class ChipRegistry {

    private static final System.Logger LOG = System.getLogger(ChipRegistry.class.getName());

    private final Map<Integer, ChipDescriptor> chips = new LinkedHashMap<>();
    private final Map<String, ProtocolEntry> protocols = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final DriverHints hints = new DriverHints();

    /** A contributed protocol: who contributed it and how to make its factory. */
    record ProtocolEntry(String id, String contributor, Supplier<DaClientFactory> factory) {
    }

    ChipRegistry() {
    }

    /** From the Eclipse extension registry when one runs, else from the plain-Java drivers on the class path. */
    public static ChipRegistry load() {
        IExtensionRegistry r = RegistryFactory.getRegistry();
        return r != null ? ExtensionChipReader.read(r) : fromDrivers(PlainJavaDrivers.discover());
    }

    public static ChipRegistry fromDrivers(List<ChipDriver> drivers) {
        ChipRegistry reg = new ChipRegistry();
        for (ChipDriver d : drivers) {
            d.protocols().forEach((id, f) -> reg.addProtocol(id, d.pluginId(), f));
            d.chips().forEach(reg::addChip);
        }
        return reg;
    }

    void addChip(ChipDescriptor chip) {
        ChipDescriptor old = chips.get(chip.hwCode());
        if (old != null) {
            problem(String.format("plug-in %s contributes chip %s with hw code 0x%04X, already contributed as %s by %s;"
                    + " ignored", chip.contributor(), chip.id(), chip.hwCode(), old.id(), old.contributor()));
            return;
        }
        chips.put(chip.hwCode(), chip);
    }

    void addProtocol(String id, String contributor, Supplier<DaClientFactory> factory) {
        ProtocolEntry old = protocols.get(id);
        if (old != null) {
            problem("plug-in " + contributor + " contributes DA protocol '" + id + "', already contributed by "
                    + old.contributor() + "; ignored");
            return;
        }
        protocols.put(id, new ProtocolEntry(id, contributor, factory));
    }

    void problem(String message) {
        problems.add(message);
        LOG.log(System.Logger.Level.ERROR, message);
    }

    public List<ChipDescriptor> chips() {
        List<ChipDescriptor> l = new ArrayList<>(chips.values());
        l.sort(Comparator.comparing(ChipDescriptor::primaryName));
        return l;
    }

    public Optional<ChipDescriptor> byHwCode(int hwCode) {
        return Optional.ofNullable(chips.get(hwCode));
    }

    /** The chip, or a message naming the plug-in to install. */
    public ChipDescriptor require(int hwCode) throws FlashException {
        ChipDescriptor c = chips.get(hwCode);
        if (c == null) {
            throw new FlashException(hints.missingDriverMessage(hwCode));
        }
        return c;
    }

    /** Problems found in contributions (also logged). */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Creates the DA client factory for the chip's protocol, loading the contributing plug-in's class now. */
    public DaClientFactory protocolFor(ChipDescriptor chip) throws FlashException {
        ProtocolEntry e = protocols.get(chip.daProtocolId());
        if (e == null) {
            throw new FlashException(chip + " speaks the DA protocol '" + chip.daProtocolId() + "', which no installed"
                    + " plug-in provides (installed protocols: " + String.join(", ", protocols.keySet()) + ")");
        }
        try {
            return e.factory().get();
        } catch (RuntimeException | LinkageError ex) {
            String msg = "plug-in " + e.contributor() + " could not create DA protocol '" + e.id() + "': " + ex;
            problem(msg);
            throw new FlashException(msg);
        }
    }
}
