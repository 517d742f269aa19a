package org.scatterbench.flash.chip;

import java.util.Objects;
import java.util.Set;

import org.scatterbench.model.Storage;

/**
 * What the engine needs to know about one chip, contributed by a chip-driver plug-in through the
 * {@code org.scatterbench.flash.chips} extension point (or its plain-Java equivalent).
 *
 * @param id              stable id, e.g. {@code mt6765}
 * @param name            marketing name(s), e.g. {@code MT6765/MT8768t}
 * @param hwCode          the BROM GET_HW_CODE value, e.g. 0x0766
 * @param daCode          the code matched against DA file entries, e.g. 0x6765
 * @param watchdogAddress the watchdog mode register that WRITE32 disables before the DA upload
 * @param watchdogValue   the value that disables it
 * @param storages        the storage kinds the chip can boot from
 * @param daProtocolId    the id of the {@code daProtocols} contribution that speaks to its DA
 * @param contributor     the bundle (plug-in) that contributed the chip, for messages
 */
public record ChipDescriptor(String id, String name, int hwCode, int daCode, long watchdogAddress, long watchdogValue,
        Set<Storage> storages, String daProtocolId, String contributor) {

    /** The value the MT67xx watchdog mode register takes to disable it (seen on the wire, xflash transcripts). */
    public static final long DEFAULT_WATCHDOG_VALUE = 0x22000064L;

    public ChipDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(daProtocolId, "daProtocolId");
        storages = Set.copyOf(storages);
        contributor = contributor == null ? "" : contributor;
    }

    /** The first name of a list like {@code MT6765/MT8768t}, as scatter files spell the platform. */
    public String primaryName() {
        int slash = name.indexOf('/');
        return (slash < 0 ? name : name.substring(0, slash)).trim();
    }

    @Override
    public String toString() {
        return String.format("%s (hw code 0x%04X)", primaryName(), hwCode);
    }
}
