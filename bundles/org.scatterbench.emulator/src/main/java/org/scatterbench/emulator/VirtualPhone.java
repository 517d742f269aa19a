package org.scatterbench.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.scatterbench.emulator.brom.BromLayer;
import org.scatterbench.emulator.chip.ChipProfile;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.storage.WriteJournal;
import org.scatterbench.emulator.wire.DeviceLink;
import org.scatterbench.emulator.wire.LinkClosedException;
import org.scatterbench.emulator.xflash.DaIdentity;
import org.scatterbench.emulator.xflash.XFlashDa;

/**
 * A virtual MediaTek phone: BROM (or preloader), then the XFlash DA the host uploads, over any
 * pair of streams, backed by an {@link EmmcStorage}. Each {@link #serve} call is one session from
 * power-on (handshake) to the host closing the line or sending SHUTDOWN; the next session starts
 * clean, with only the flash contents kept. Sessions run one at a time.
 */
public final class VirtualPhone {

    private final ChipProfile chip;
    private final EmmcStorage storage;
    private final BootMode mode;
    private final FaultPlan faults;
    private final DaIdentity daIdentity;
    private final ReentrantLock sessionLock = new ReentrantLock();
    private final ReentrantLock historyLock = new ReentrantLock();
    private final Condition sessionEnded = historyLock.newCondition();
    private final List<SessionLog> sessions = new ArrayList<>();
    private final Consumer<SessionLog> onSessionEnd;

    private VirtualPhone(Builder b) {
        this.faults = b.faults;
        this.chip = b.faults.lockedTargetConfig() ? b.chip.locked() : b.chip;
        this.storage = b.storage;
        this.mode = b.mode;
        this.daIdentity = b.daIdentity;
        this.onSessionEnd = b.onSessionEnd;
    }

    public static Builder builder(ChipProfile chip, EmmcStorage storage) {
        return new Builder(chip, storage);
    }

    public ChipProfile chip() {
        return chip;
    }

    public EmmcStorage storage() {
        return storage;
    }

    public BootMode mode() {
        return mode;
    }

    public WriteJournal journal() {
        return storage.journal();
    }

    /**
     * Runs one session on the given streams and returns its log when it ends. Never throws: a
     * host's garbage is answered with error statuses, a closed line ends the session, and even an
     * emulator bug only ends this session (its log says so). Closes both streams at the end.
     */
    public SessionLog serve(InputStream in, OutputStream out) {
        return serve(in, out, () -> false);
    }

    /**
     * As {@link #serve(InputStream, OutputStream)}, for endpoints that know when their line is
     * dropped: {@code hungUp} cuts short a stall of the fault plan.
     */
    public SessionLog serve(InputStream in, OutputStream out, BooleanSupplier hungUp) {
        SessionLog log = new SessionLog();
        sessionLock.lock();
        DeviceLink link = new DeviceLink(in, out, faults, hungUp);
        try {
            new BromLayer(link, chip, mode, log).run();
            new XFlashDa(link, chip, daIdentity, storage, faults, log).run();
            log.end(SessionLog.End.SHUTDOWN, "");
        } catch (LinkClosedException e) {
            log.end(e.byFault() ? SessionLog.End.FAULT : SessionLog.End.HOST_CLOSED, e.getMessage());
        } catch (IOException e) {
            log.end(SessionLog.End.HOST_CLOSED, e.toString());
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
                throw e;
            }
            log.end(SessionLog.End.INTERNAL_ERROR, e.toString());
        } finally {
            link.close();
            sessionLock.unlock();
            historyLock.lock();
            try {
                sessions.add(log);
                sessionEnded.signalAll();
            } finally {
                historyLock.unlock();
            }
            try {
                onSessionEnd.accept(log);
            } catch (RuntimeException e) {
                // a listener's failure is not the phone's
            }
        }
        return log;
    }

    /** The logs of every finished session, oldest first. */
    public List<SessionLog> sessions() {
        historyLock.lock();
        try {
            return List.copyOf(sessions);
        } finally {
            historyLock.unlock();
        }
    }

    /**
     * Waits until {@code count} sessions have ended, for tests whose host runs on another thread
     * or process. Returns false if that did not happen within the timeout.
     */
    public boolean awaitSessions(int count, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        historyLock.lock();
        try {
            while (sessions.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                sessionEnded.awaitNanos(left);
            }
            return true;
        } finally {
            historyLock.unlock();
        }
    }

    /** Builder of a {@link VirtualPhone}: chip and storage are required, the rest has defaults. */
    public static final class Builder {
        private final ChipProfile chip;
        private final EmmcStorage storage;
        private BootMode mode = BootMode.BROM;
        private FaultPlan faults = FaultPlan.none();
        private DaIdentity daIdentity = DaIdentity.defaults();
        private Consumer<SessionLog> onSessionEnd = l -> {
        };

        private Builder(ChipProfile chip, EmmcStorage storage) {
            this.chip = Objects.requireNonNull(chip, "chip");
            this.storage = Objects.requireNonNull(storage, "storage");
        }

        public Builder mode(BootMode m) {
            this.mode = Objects.requireNonNull(m, "mode");
            return this;
        }

        public Builder faults(FaultPlan f) {
            this.faults = Objects.requireNonNull(f, "faults");
            return this;
        }

        public Builder daIdentity(DaIdentity id) {
            this.daIdentity = Objects.requireNonNull(id, "daIdentity");
            return this;
        }

        /** Called on the session's thread after each session, e.g. to print it on a console. */
        public Builder onSessionEnd(Consumer<SessionLog> listener) {
            this.onSessionEnd = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public VirtualPhone build() {
            return new VirtualPhone(this);
        }
    }
}
