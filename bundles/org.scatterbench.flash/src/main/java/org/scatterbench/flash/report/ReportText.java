package org.scatterbench.flash.report;

import java.util.List;
import java.util.Locale;

/** The readable form of a {@link RunReport}, as {@code reports show} prints it and the .txt file holds it. */
public final class ReportText {

    private ReportText() {
    }

    public static String render(RunReport r) {
        StringBuilder sb = new StringBuilder();
        line(sb, "Scatterbench %s report %s", r.operation(), r.id());
        line(sb, "status:    %s%s", r.status(), r.error().isEmpty() ? "" : " - " + r.error());
        line(sb, "started:   %s", r.startedAt());
        line(sb, "ended:     %s (%.1f s)", r.endedAt(), r.duration().toMillis() / 1000.0);
        DeviceIdentity d = r.device();
        line(sb, "device:    %s", d.transport());
        if (!d.chip().isEmpty()) {
            line(sb, "chip:      %s (hw code %s), storage %s", d.chip(), d.hwCode(), d.storage());
        }
        line(sb, "ME id:     %s", orUnknown(d.meId()));
        line(sb, "SoC id:    %s", orUnknown(d.socId()));
        line(sb, "CID:       %s", orUnknown(d.cid()));
        PlanRecord p = r.plan();
        if (!p.mode().isEmpty() || !p.verdicts().isEmpty()) {
            line(sb, "");
            line(sb, "plan (%s)%s:", p.mode(), p.refused() ? ", REFUSED" : "");
            for (String reason : p.reasons()) {
                line(sb, "  - %s", reason);
            }
            for (VerdictRecord v : p.verdicts()) {
                line(sb, "  %-20s %-24s %s", v.partition(), v.verdict(), v.reason());
            }
        }
        line(sb, "");
        line(sb, "steps:");
        for (StepRecord s : r.steps()) {
            line(sb, "  %2d %-11s %-16s %s[0x%X+0x%X] %s, %d bytes in %.3f s (%.1f MiB/s)%s", s.index(), s.action(),
                    s.partition(), s.region(), s.start(), s.length(), s.outcome(), s.bytes(),
                    s.duration().toNanos() / 1e9, s.mibPerSecond(), s.verified() ? ", verified" : "");
            if (!s.sha256Written().isEmpty()) {
                line(sb, "       written sha256 %s", s.sha256Written());
            }
            if (!s.sha256Read().isEmpty()) {
                line(sb, "       read    sha256 %s", s.sha256Read());
            }
            if (!s.message().isEmpty()) {
                line(sb, "       %s", s.message());
            }
        }
        List<String> verified = r.verifiedPartitions();
        line(sb, "");
        line(sb, "verified:  %s", verified.isEmpty() ? "none" : String.join(", ", verified));
        for (String n : r.notes()) {
            line(sb, "note:      %s", n);
        }
        return sb.toString();
    }

    private static String orUnknown(String s) {
        return s.isEmpty() ? "(unknown)" : s;
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
