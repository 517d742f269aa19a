package org.scatterbench.flash.report;

import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.transport.TransportDescription;

/**
 * Which phone a run talked to, as far as it got: the transport is always known, the chip and the
 * ids only once the phone answered. Empty strings stand for "not known".
 *
 * @param transport the transport as printed ({@code tcp://127.0.0.1:5555 (tcp)})
 * @param port      the port as the user named it, used in report ids
 * @param chip      the chip name, e.g. {@code MT6765/MT8768t}
 * @param hwCode    BROM hw code, hex
 * @param meId      the BROM ME id, hex
 * @param socId     the BROM SoC id, hex
 * @param cid       the eMMC CID (or UFS equivalent), hex
 * @param storage   the storage kind
 */
public record DeviceIdentity(String transport, String port, String chip, String hwCode, String meId, String socId,
        String cid, String storage) {

    public DeviceIdentity {
        transport = nz(transport);
        port = nz(port);
        chip = nz(chip);
        hwCode = nz(hwCode);
        meId = nz(meId);
        socId = nz(socId);
        cid = nz(cid);
        storage = nz(storage);
    }

    /** A phone that was reached on {@code transport} but has not identified itself (yet). */
    public static DeviceIdentity unidentified(TransportDescription transport) {
        return new DeviceIdentity(transport.toString(), transport.port(), "", "", "", "", "", "");
    }

    /** Everything a running session knows. */
    public static DeviceIdentity of(DeviceSession session) {
        TransportDescription t = session.transport().describe();
        return new DeviceIdentity(t.toString(), t.port(), session.chip().name(),
                String.format("0x%04X", session.identity().hwCode()), session.identity().meIdHex(),
                session.identity().socIdHex(), session.storage().cid(), session.storage().storage().name());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
