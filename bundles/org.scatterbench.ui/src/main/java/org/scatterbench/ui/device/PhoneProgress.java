package org.scatterbench.ui.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.ui.flash.FlashObserver;

/**
 * The flash state of every phone the Device view started a flash on, keyed by port spec, so a
 * row keeps its progress across rescans. No widgets: job threads update it, listeners (the view's
 * throttled refresh) hear that something changed. Also keeps the percents each port went through
 * in its last run (each once, as it changed), so a test can see the progress really moved.
 */
public final class PhoneProgress implements FlashObserver {

    private final Map<String, PhoneState> states = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> percents = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** {@code listener} runs on whichever thread changed a state; it must be quick. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public void started(String port) {
        percents.put(port, new CopyOnWriteArrayList<>());
        set(port, PhoneState.running(false, 0));
    }

    @Override
    public IProgressMonitor monitor(String port, IProgressMonitor jobMonitor) {
        return new PercentMonitor(jobMonitor, (verifying, percent) -> progressed(port, verifying, percent));
    }

    @Override
    public void finished(String port, FlashReport report, boolean verified) {
        set(port, PhoneState.ended(report, verified));
    }

    void progressed(String port, boolean verifying, int percent) {
        List<Integer> seen = percents.computeIfAbsent(port, p -> new CopyOnWriteArrayList<>());
        if (seen.isEmpty() || seen.get(seen.size() - 1) != percent) {
            seen.add(percent);
        }
        set(port, PhoneState.running(verifying, percent));
    }

    public Optional<PhoneState> state(String port) {
        return Optional.ofNullable(states.get(port));
    }

    /** The Progress column's text: empty when no flash was started on {@code port}. */
    public String text(String port) {
        PhoneState s = states.get(port);
        return s == null ? "" : s.text();
    }

    public boolean isRunning(String port) {
        PhoneState s = states.get(port);
        return s != null && s.phase().running();
    }

    /** The percents reported for {@code port} in its last run, in order. */
    public List<Integer> percentsSeen(String port) {
        List<Integer> l = percents.get(port);
        return l == null ? List.of() : new ArrayList<>(l);
    }

    private void set(String port, PhoneState state) {
        states.put(port, state);
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
