package org.scatterbench.flash.report;

import java.time.Duration;
import java.time.Instant;

/**
 * One executed (or not executed) step of a run, with its evidence.
 *
 * @param index        position in the plan, from 1
 * @param action       {@code write}, {@code backup}, {@code verify}, ... (the plan's JSON spelling)
 * @param partition    the partition or table concerned
 * @param region       the hardware region
 * @param start        first byte inside the region
 * @param length       bytes in the step's range
 * @param description  the plan's sentence for the step
 * @param outcome      what became of it
 * @param bytes        bytes actually transferred
 * @param startedAt    when the step began, null if it never ran
 * @param endedAt      when it ended, null if it never ran
 * @param mibPerSecond transfer rate in MiB/s, 0 when nothing moved
 * @param sha256Written SHA-256 of the bytes sent to the phone, empty if none
 * @param sha256Read   SHA-256 of the bytes read from the phone (backup or read-back), empty if none
 * @param verified     true when a read-back matched what was written
 * @param message      the failure, or a note
 */
public record StepRecord(int index, String action, String partition, String region, long start, long length,
        String description, StepOutcome outcome, long bytes, Instant startedAt, Instant endedAt, double mibPerSecond,
        String sha256Written, String sha256Read, boolean verified, String message) {

    public StepRecord {
        sha256Written = sha256Written == null ? "" : sha256Written;
        sha256Read = sha256Read == null ? "" : sha256Read;
        message = message == null ? "" : message;
        description = description == null ? "" : description;
    }

    /** How long the step took; zero when it did not run. */
    public Duration duration() {
        return startedAt == null || endedAt == null ? Duration.ZERO : Duration.between(startedAt, endedAt);
    }

    /** MiB/s for {@code bytes} moved in {@code d}; 0 when either is zero. */
    static double rate(long bytes, Duration d) {
        long nanos = d.toNanos();
        return bytes <= 0 || nanos <= 0 ? 0 : bytes / (1024.0 * 1024.0) / (nanos / 1e9);
    }
}
