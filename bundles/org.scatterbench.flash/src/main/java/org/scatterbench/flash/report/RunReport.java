package org.scatterbench.flash.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of one run against one phone: who, what was planned, what each step did with which
 * bytes, and how it ended. Immutable; made by a {@link RunRecorder}, kept by a {@link ReportStore}.
 *
 * @param id        unique, sortable by time: {@code 20261126-070512-123_tcp-127.0.0.1-5555}
 * @param operation {@code flash}, {@code backup}, {@code restore}, {@code format}, ...
 * @param startedAt when the run began
 * @param endedAt   when it ended
 * @param device    the phone
 * @param plan      what was planned (may be empty for a read-only run)
 * @param steps     every step in plan order, including those that never ran
 * @param status    how it ended
 * @param error     the failure as the user saw it, empty on success
 * @param notes     other facts worth keeping (backup folder, options)
 */
public record RunReport(String id, String operation, Instant startedAt, Instant endedAt, DeviceIdentity device,
        PlanRecord plan, List<StepRecord> steps, RunStatus status, String error, List<String> notes) {

    public RunReport {
        steps = steps == null ? List.of() : List.copyOf(steps);
        notes = notes == null ? List.of() : List.copyOf(notes);
        error = error == null ? "" : error;
    }

    public Duration duration() {
        return startedAt == null || endedAt == null ? Duration.ZERO : Duration.between(startedAt, endedAt);
    }

    /** Partitions whose every written range was read back and matched, in plan order. */
    public List<String> verifiedPartitions() {
        Set<String> written = new LinkedHashSet<>();
        Set<String> unverified = new LinkedHashSet<>();
        for (StepRecord s : steps) {
            if (!s.sha256Written().isEmpty()) {
                written.add(s.partition());
                if (!s.verified()) {
                    unverified.add(s.partition());
                }
            }
        }
        List<String> l = new ArrayList<>();
        for (String p : written) {
            if (!unverified.contains(p)) {
                l.add(p);
            }
        }
        return l;
    }

    /** Bytes moved by all steps that ran. */
    public long totalBytes() {
        long n = 0;
        for (StepRecord s : steps) {
            n = Math.addExact(n, s.bytes());
        }
        return n;
    }
}
