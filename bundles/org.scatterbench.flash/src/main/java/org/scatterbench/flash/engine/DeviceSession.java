package org.scatterbench.flash.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.brom.BromClient;
import org.scatterbench.flash.brom.BromIdentity;
import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaEntry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.da.DaFileException;
import org.scatterbench.flash.protocol.DaClient;
import org.scatterbench.flash.protocol.DaClientFactory;
import org.scatterbench.flash.protocol.DaConnection;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.flash.protocol.StorageInfo;
import org.scatterbench.model.Layout;
import org.scatterbench.transport.Transport;

/**
 * One connected phone with its Download Agent running: connect, identify, refuse what we cannot
 * do safely (auth-protected chips, unknown chips), upload the DA, read the storage description.
 * Owns the transport from then on.
 */
public final class DeviceSession implements AutoCloseable {

    private final Transport transport;
    private final BromIdentity identity;
    private final ChipDescriptor chip;
    private final DaClient da;

    private DeviceSession(Transport transport, BromIdentity identity, ChipDescriptor chip, DaClient da) {
        this.transport = transport;
        this.identity = identity;
        this.chip = chip;
        this.da = da;
    }

    /** Brings the phone on {@code transport} up to a running DA; closes nothing on failure (the caller owns it). */
    public static DeviceSession connect(Transport transport, SessionOptions options, ChipRegistry chips,
            IProgressMonitor monitor) throws FlashException {
        SubMonitor sub = SubMonitor.convert(monitor, "Connecting to " + transport.describe().port(), 100);
        BromClient brom = new BromClient(transport, options.replyTimeout());
        sub.subTask("Handshake");
        brom.handshake(options.handshake());
        BromIdentity id = brom.identify();
        sub.worked(10);
        if (id.targetConfig().authRequired()) {
            throw new FlashException(String.format("the phone (hw code 0x%04X) is protected: %s. Auth files and"
                    + " exploits are out of scope; Scatterbench will not try to get around it.", id.hwCode(),
                    String.join("; ", id.targetConfig().explain())));
        }
        ChipDescriptor chip = chips.require(id.hwCode());
        DaClientFactory factory = chips.protocolFor(chip);
        DaFile daFile = options.da();
        if (daFile.isXml()) {
            throw new FlashException(daFile.name() + " is a V6 (XML) Download Agent; " + chip + " speaks '"
                    + chip.daProtocolId() + "'. Use the V5 DA that came with this phone's firmware.");
        }
        DaEntry entry;
        try {
            entry = daFile.require(chip.primaryName(), chip.daCode(), id.hwVersion(), id.swVersion());
        } catch (DaFileException e) {
            throw new FlashException(e.getMessage(), e);
        }
        brom.write32(chip.watchdogAddress(), chip.watchdogValue());
        sub.subTask("Uploading the Download Agent");
        byte[] da1 = daFile.bytes(entry.da1());
        SubMonitor up = sub.split(30);
        up.beginTask("Uploading DA1", da1.length);
        brom.sendDa(entry.da1().loadAddress(), da1, entry.da1().signatureLength(), new ProgressTicker(up)::done);
        brom.jumpDa(entry.da1().loadAddress());
        DaClient da = factory.create(new DaConnection(transport, chip, options.replyTimeout(),
                daFile.bytesWithoutSignature(entry.da2()), entry.da2().loadAddress()));
        sub.subTask("Starting DA2");
        da.start();
        sub.worked(60);
        return new DeviceSession(transport, id, chip, da);
    }

    /**
     * A session over a DA client that is already running, for callers that bring the phone up
     * themselves (and for engine tests with an in-memory DA).
     */
    public static DeviceSession of(Transport transport, BromIdentity identity, ChipDescriptor chip, DaClient da) {
        return new DeviceSession(transport, identity, chip, da);
    }

    public Transport transport() {
        return transport;
    }

    public BromIdentity identity() {
        return identity;
    }

    public ChipDescriptor chip() {
        return chip;
    }

    public DaClient da() {
        return da;
    }

    public StorageInfo storage() {
        return da.storage();
    }

    /** Everything {@code device info} prints, in display order. */
    public Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("port", transport.describe().toString());
        m.put("chip", chip.name() + String.format(" (hw code 0x%04X, DA code 0x%04X, driver %s)", identity.hwCode(),
                chip.daCode(), chip.contributor()));
        m.put("versions", String.format("hw sub 0x%04X, hw 0x%04X, sw 0x%04X", identity.hwSubCode(),
                identity.hwVersion(), identity.swVersion()));
        m.put("mode", identity.brom() ? "BROM" : "preloader");
        m.put("security", identity.targetConfig() + ": " + String.join("; ", identity.targetConfig().explain()));
        m.put("ME id", identity.meIdHex());
        m.put("SoC id", identity.socIdHex());
        StorageInfo s = storage();
        m.put("storage", s.storage().name());
        m.put("CID", s.cid());
        s.regionSizes().forEach((r, size) -> m.put(r.name(), size + " bytes"));
        m.putAll(da.facts());
        return m;
    }

    /** Reads the partition table the phone holds now. */
    public Layout readLayout(IProgressMonitor monitor) throws FlashException {
        return new DeviceTableReader(this).read(monitor);
    }

    /** Ends the DA session (reboot, power off, or nothing) and closes the connection. */
    public void finish(EndAction action) throws FlashException {
        da.finish(action);
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing a port the phone already dropped is not a failure worth reporting
        }
    }
}
