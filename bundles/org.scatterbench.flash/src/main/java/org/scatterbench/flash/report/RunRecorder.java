package org.scatterbench.flash.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.scatterbench.model.ByteRange;

/**
 * Collects a {@link RunReport} while an operation runs. One recorder per run and device; the
 * operation's thread writes, a view may read a snapshot at any time, hence the synchronisation.
 */
public final class RunRecorder {

    private final String operation;
    private final Clock clock;
    private final Instant startedAt;
    private final List<StepRecord> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private DeviceIdentity device;
    private PlanRecord plan = new PlanRecord("", false, List.of(), List.of());

    public RunRecorder(String operation, DeviceIdentity device, Clock clock) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.device = Objects.requireNonNull(device, "device");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.startedAt = clock.instant();
    }

    public RunRecorder(String operation, DeviceIdentity device) {
        this(operation, device, Clock.systemUTC());
    }

    /** Replaces the identity once the phone has told more about itself. */
    public synchronized void device(DeviceIdentity identity) {
        this.device = Objects.requireNonNull(identity, "identity");
    }

    public synchronized DeviceIdentity device() {
        return device;
    }

    public synchronized void plan(PlanRecord p) {
        this.plan = Objects.requireNonNull(p, "plan");
    }

    public synchronized void note(String text) {
        notes.add(text);
    }

    /** Starts timing a step; finish it through the returned handle. */
    public Step begin(String action, String partition, ByteRange range, String description) {
        synchronized (this) {
            return new Step(steps.size() + 1, action, partition, range, description, clock.instant());
        }
    }

    /** Records a step the run never reached (after a failure or cancellation). */
    public synchronized void notRun(String action, String partition, ByteRange range, String description) {
        steps.add(new StepRecord(steps.size() + 1, action, partition, range.region().name(), range.start(),
                range.length(), description, StepOutcome.NOT_RUN, 0, null, null, 0, "", "", false, ""));
    }

    /**
     * Adds a step timed elsewhere (for an executor that reports after the fact); its index is
     * replaced by its position in this run.
     */
    public void record(StepRecord step) {
        add(step);
    }

    /** The report so far, status {@link RunStatus#RUNNING}. */
    public synchronized RunReport snapshot() {
        return build(RunStatus.RUNNING, "", clock.instant());
    }

    /** Ends the run. */
    public synchronized RunReport finish(RunStatus status, String error) {
        return build(status, error, clock.instant());
    }

    private RunReport build(RunStatus status, String error, Instant end) {
        return new RunReport(ReportIds.of(startedAt, device.port()), operation, startedAt, end, device, plan, steps,
                status, error, notes);
    }

    private synchronized void add(StepRecord r) {
        steps.add(new StepRecord(steps.size() + 1, r.action(), r.partition(), r.region(), r.start(), r.length(),
                r.description(), r.outcome(), r.bytes(), r.startedAt(), r.endedAt(), r.mibPerSecond(),
                r.sha256Written(), r.sha256Read(), r.verified(), r.message()));
    }

    /** One running step: fill in the evidence, then end it exactly once. */
    public final class Step {
        private final String action;
        private final String partition;
        private final ByteRange range;
        private final String description;
        private final Instant startedAt;
        private long bytes;
        private String written = "";
        private String read = "";
        private boolean verified;
        private boolean ended;

        private Step(int index, String action, String partition, ByteRange range, String description,
                Instant startedAt) {
            this.action = action;
            this.partition = partition;
            this.range = range;
            this.description = description;
            this.startedAt = startedAt;
        }

        public Step bytes(long n) {
            this.bytes = n;
            return this;
        }

        /** SHA-256 (hex) of what was sent to the phone. */
        public Step written(String sha256) {
            this.written = sha256;
            return this;
        }

        /** SHA-256 (hex) of what was read from the phone. */
        public Step read(String sha256) {
            this.read = sha256;
            return this;
        }

        public Step verified(boolean v) {
            this.verified = v;
            return this;
        }

        public String partition() {
            return partition;
        }

        public void done() {
            end(StepOutcome.DONE, "");
        }

        public void failed(String message) {
            end(StepOutcome.FAILED, message);
        }

        public void cancelled(String message) {
            end(StepOutcome.CANCELLED, message);
        }

        private void end(StepOutcome outcome, String message) {
            if (ended) {
                throw new IllegalStateException("step " + action + " " + partition + " ended twice");
            }
            ended = true;
            Instant end = clock.instant();
            double rate = StepRecord.rate(bytes, java.time.Duration.between(startedAt, end));
            add(new StepRecord(0, action, partition, range.region().name(), range.start(), range.length(), description,
                    outcome, bytes, startedAt, end, rate, written, read, verified, message));
        }
    }
}
