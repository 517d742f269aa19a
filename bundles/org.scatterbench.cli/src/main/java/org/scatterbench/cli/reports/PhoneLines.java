package org.scatterbench.cli.reports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scatterbench.flash.multi.DeviceResult;
import org.scatterbench.flash.report.RunReport;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.flash.report.StepRecord;

/**
 * The lines {@code flash-all} prints: one per phone as it ends (port, outcome, report id, what was
 * written and verified, or why it stopped), and a closing count.
 */
final class PhoneLines {

    private PhoneLines() {
    }

    static String ended(DeviceResult r) {
        RunReport rep = r.report();
        String detail = r.ok() ? written(rep) : rep.error().lines().findFirst().orElse("");
        return String.format(Locale.ROOT, "%-28s %-10s %s  %s", r.port(), rep.status(), rep.id(), detail);
    }

    /** {@code 5 partitions written (92.0 MiB), 5 verified, in 3.4 s}. */
    static String written(RunReport rep) {
        Set<String> partitions = new LinkedHashSet<>();
        long bytes = 0;
        for (StepRecord s : rep.steps()) {
            if (!s.sha256Written().isEmpty()) {
                partitions.add(s.partition());
                bytes += s.bytes();
            }
        }
        int verified = rep.verifiedPartitions().size();
        return String.format(Locale.ROOT, "%d partition%s written (%.1f MiB), %s, in %.1f s", partitions.size(),
                partitions.size() == 1 ? "" : "s", bytes / (double) (1 << 20),
                verified == 0 ? "none read back" : verified + " verified", rep.duration().toMillis() / 1000.0);
    }

    /** {@code 4 phones: 3 succeeded, 1 failed}. */
    static String summary(List<DeviceResult> results) {
        StringBuilder b = new StringBuilder(results.size() + " phone" + (results.size() == 1 ? "" : "s") + ":");
        String sep = " ";
        for (RunStatus s : RunStatus.values()) {
            long n = results.stream().filter(r -> r.report().status() == s).count();
            if (n > 0) {
                b.append(sep).append(n).append(' ').append(s.name().toLowerCase(Locale.ROOT));
                sep = ", ";
            }
        }
        return b.toString();
    }
}
