package org.scatterbench.cli.emulator;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.emulator.fault.Direction;
import org.scatterbench.emulator.fault.FaultPlan;

import picocli.CommandLine.Option;

/** The emulator's fault-injection options, for reliability tests driven from scripts. */
final class FaultOptions {

    @Option(names = "--locked", description = "Report SBC, SLA and DAA on: the BROM refuses the DA.")
    boolean locked;

    @Option(names = "--fault-disconnect-after", paramLabel = "BYTES",
            description = "Drop the line after the phone sent this many bytes in a session.")
    String disconnectAfter;

    @Option(names = "--fault-drop-byte", paramLabel = "OFFSET", description = "Lose the byte to the host at this offset.")
    String dropByte;

    @Option(names = "--fault-corrupt-byte", paramLabel = "OFFSET",
            description = "Invert the byte to the host at this offset.")
    String corruptByte;

    @Option(names = "--fault-stall", paramLabel = "OFFSET:MILLIS",
            description = "Go silent for MILLIS before sending the byte at OFFSET.")
    String stall;

    @Option(names = "--fault-status", paramLabel = "CODE=STATUS",
            description = "Answer STATUS to an XFlash command or DEVICE_CTRL code, e.g. 0x010004=0xC0040003 (repeatable).")
    List<String> statuses = new ArrayList<>();

    FaultPlan plan() {
        FaultPlan.Builder b = FaultPlan.builder();
        if (locked) {
            b.lockedTargetConfig();
        }
        if (disconnectAfter != null) {
            b.disconnectAfter(Direction.TO_HOST, number("--fault-disconnect-after", disconnectAfter));
        }
        if (dropByte != null) {
            b.dropByte(Direction.TO_HOST, number("--fault-drop-byte", dropByte));
        }
        if (corruptByte != null) {
            b.corruptByte(Direction.TO_HOST, number("--fault-corrupt-byte", corruptByte));
        }
        if (stall != null) {
            String[] p = stall.split(":", 2);
            if (p.length != 2) {
                throw new CliException(ScatterbenchCli.EXIT_USAGE, "--fault-stall " + stall + ": expected OFFSET:MILLIS");
            }
            b.stall(number("--fault-stall", p[0]), number("--fault-stall", p[1]));
        }
        for (String s : statuses) {
            String[] p = s.split("=", 2);
            if (p.length != 2) {
                throw new CliException(ScatterbenchCli.EXIT_USAGE, "--fault-status " + s + ": expected CODE=STATUS");
            }
            b.answerStatus(number("--fault-status", p[0]), number("--fault-status", p[1]));
        }
        return b.build();
    }

    /** A non-negative decimal or 0x-hex number. */
    static long number(String option, String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            long v = t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE, option + ": not a number: '" + text + "'");
        }
    }
}
