package org.scatterbench.layout.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scatterbench.layout.diff.Change;
import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.diff.EntryKind;
import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;

/**
 * The working state of one planning run: the diff, the effective new layout, the steps and
 * verdicts collected so far, refusal reasons and notes. One per {@link Planner#plan} call.
 */
final class PlanContext {

    final PlanRequest request;
    final Layout current;
    final Layout next;
    final LayoutDiff diff;
    /** The new layout with sizes the ROM cannot know (NEEDRESIZE, last partition) taken from the device. */
    final Layout effectiveNext;
    final DiskSize diskSize;
    private final ImageSizer sizer;
    private final List<String> refusals = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<PlanStep> steps = new ArrayList<>();
    private final Map<String, PartitionVerdict> verdicts = new LinkedHashMap<>();
    private final Map<String, PartitionVerdict> wouldLose = new LinkedHashMap<>();
    /** Diff entries by the identity of either side, and current partitions by canonical name: the planner asks often. */
    private final Map<Partition, DiffEntry> entryByPartition = new java.util.IdentityHashMap<>();
    private final Map<String, Partition> currentByName = new java.util.HashMap<>();
    private final Map<String, Partition> effectiveByName = new java.util.HashMap<>();

    PlanContext(PlanRequest request, ImageSizer sizer) {
        this.request = request;
        this.current = request.current();
        this.next = request.next();
        this.diff = LayoutDiff.compare(current, next);
        this.effectiveNext = effective(next, diff);
        this.diskSize = DiskSize.of(current, effectiveNext);
        this.sizer = sizer;
        for (DiffEntry e : diff.entries()) {
            e.current().ifPresent(c -> entryByPartition.put(c, e));
            e.next().ifPresent(n -> entryByPartition.put(n, e));
        }
        for (Partition c : current.partitions()) {
            currentByName.putIfAbsent(c.canonicalName(), c);
        }
        for (Partition n : effectiveNext.partitions()) {
            effectiveByName.putIfAbsent(n.canonicalName(), n);
        }
    }

    private static Layout effective(Layout next, LayoutDiff diff) {
        Map<Partition, Partition> resized = new java.util.IdentityHashMap<>();
        for (DiffEntry e : diff.entries()) {
            if (e.next().isPresent() && e.kind() == EntryKind.PARTITION && e.current().isPresent() && !e.sizeChanged()
                    && e.current().get().size() != e.next().get().size()) {
                resized.put(e.next().get(), e.next().get().withSize(e.current().get().size()));
            }
        }
        List<Partition> ps = new ArrayList<>();
        for (Partition n : next.partitions()) {
            ps.add(resized.getOrDefault(n, n));
        }
        return next.withPartitions(ps);
    }

    /** Protected in the current layout (or in the new one) and not opted in by the user. */
    boolean isGuarded(Partition p) {
        if (request.optedIn(p.name())) {
            return false;
        }
        if (Protection.isProtected(p)) {
            return true;
        }
        return currentOf(p).map(Protection::isProtected).orElse(false);
    }

    boolean isOptedInProtected(Partition p) {
        return request.optedIn(p.name()) && (Protection.isProtected(p)
                || currentOf(p).map(Protection::isProtected).orElse(false));
    }

    private Optional<Partition> currentOf(Partition p) {
        DiffEntry e = entryByPartition.get(p);
        return e != null ? e.current() : Optional.ofNullable(currentByName.get(p.canonicalName()));
    }

    /** A partition of the new ROM that carries an image we may write in an upgrade. */
    static boolean hasImage(Partition n) {
        return n.downloadable() && n.size() > 0 && !TableEntries.isTable(n) && !n.isEndRelative() && !n.reserved()
                && n.operation() != OperationType.RESERVED;
    }

    Optional<DiffEntry> entryOf(Partition p) {
        DiffEntry known = entryByPartition.get(p);
        if (known != null) {
            return Optional.of(known);
        }
        return diff.entries().stream()
                .filter(e -> e.next().map(n -> n.canonicalName().equals(p.canonicalName())).orElse(false)
                        || e.current().map(c -> c.canonicalName().equals(p.canonicalName())).orElse(false))
                .findFirst();
    }

    Partition effective(Partition n) {
        return effectiveByName.getOrDefault(n.canonicalName(), n);
    }

    void refuse(String reason) {
        if (!refusals.contains(reason)) {
            refusals.add(reason);
        }
    }

    /** Refuses because of {@code name}, and records that its content is what would be lost. */
    void refuseFor(String name, String reason, String lossReason) {
        refuse(reason);
        wouldLose.put(org.scatterbench.model.PartitionNames.canonical(name),
                new PartitionVerdict(name, Verdict.LOST, lossReason));
    }

    boolean refused() {
        return !refusals.isEmpty();
    }

    void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    void step(PlanStep s) {
        steps.add(s);
    }

    List<PlanStep> steps() {
        return steps;
    }

    void verdict(String name, Verdict v, String reason) {
        verdicts.put(org.scatterbench.model.PartitionNames.canonical(name), new PartitionVerdict(name, v, reason));
    }

    Optional<PartitionVerdict> verdictOf(String name) {
        return Optional.ofNullable(verdicts.get(org.scatterbench.model.PartitionNames.canonical(name)));
    }

    /** Adds the WRITE step of a new-ROM partition, checking its image when a ROM folder was given. */
    void write(Partition n, String why) {
        Partition eff = effective(n);
        Path image = null;
        String file = n.fileName().orElse(null);
        if (request.romFolder().isPresent() && file != null) {
            image = request.romFolder().get().resolve(file);
            checkImage(eff, image);
        } else if (request.romFolder().isPresent()) {
            refuse(n.name() + " is marked for download but the new layout names no image file for it.");
        }
        String what = file == null ? "its image" : file;
        step(PlanStep.write(n.name(), eff.range(), image, "Write " + what + " to " + n.name() + " at "
                + Sizes.hex(eff.start()) + " (" + Sizes.human(eff.size()) + ")."));
        verdict(n.name(), Verdict.WRITTEN, why);
    }

    private void checkImage(Partition eff, Path image) {
        if (!Files.isRegularFile(image)) {
            refuse("The image " + image.getFileName() + " for " + eff.name() + " " + whyNotAnImage(image)
                    + "; nothing was written. Put the file there or untick the partition.");
            return;
        }
        try {
            long size = sizer.expandedSize(image);
            if (size > eff.size() && eff.boundaryCheck()) {
                refuse(String.format("The image %s (%s once expanded) does not fit %s (%s); nothing was written. "
                        + "This ROM does not match this layout.", image.getFileName(), Sizes.human(size), eff.name(),
                        Sizes.human(eff.size())));
            }
        } catch (IOException | RuntimeException e) {
            refuse("The image " + image.getFileName() + " for " + eff.name() + " cannot be read: " + e.getMessage()
                    + "; nothing was written.");
        }
    }

    /** Why a ROM entry that is not a regular file cannot be flashed, in the user's terms. */
    private static String whyNotAnImage(Path image) {
        if (Files.isDirectory(image)) {
            return "is a folder, not a file, in the ROM folder " + image.getParent();
        }
        if (Files.isSymbolicLink(image) && !Files.exists(image)) {
            return "is a symbolic link to a missing file in the ROM folder " + image.getParent();
        }
        if (Files.exists(image)) {
            return "is not a regular file (a pipe or a device) in the ROM folder " + image.getParent();
        }
        return "is missing from the ROM folder " + image.getParent();
    }

    void format(Partition n, String description) {
        Partition eff = effective(n);
        step(PlanStep.of(StepAction.FORMAT, n.name(), eff.range(), description));
    }

    /** Verdicts for what only the current layout lists. */
    void verdictsForCurrentOnly() {
        for (DiffEntry e : diff.entries()) {
            if (e.next().isPresent() || verdictOf(e.name()).isPresent()) {
                continue;
            }
            if (e.change() == Change.REMOVED) {
                verdict(e.name(), Verdict.LOST, "The new layout has no " + e.name() + "; its space is given to other "
                        + "partitions, so its content does not survive.");
            } else {
                verdict(e.name(), Verdict.KEPT, "Only the current layout lists it (a "
                        + e.kind().jsonName() + " entry); the plan does not touch it.");
            }
        }
    }

    void noteImageChecks() {
        if (request.romFolder().isEmpty() && steps.stream().anyMatch(s -> s.action() == StepAction.WRITE)) {
            note("Image checks were skipped: no ROM folder was given (--rom), so each selected partition is planned "
                    + "to be written whole and no image size was checked.");
        }
    }

    FlashPlan build() {
        List<PartitionVerdict> vs = orderedVerdicts();
        if (refused()) {
            List<String> reasons = new ArrayList<>(refusals);
            List<PartitionVerdict> refusedVerdicts = new ArrayList<>();
            for (PartitionVerdict v : vs) {
                PartitionVerdict lost = wouldLose.get(org.scatterbench.model.PartitionNames.canonical(v.name()));
                refusedVerdicts.add(lost != null ? lost
                        : new PartitionVerdict(v.name(), Verdict.KEPT, "Nothing is written: the plan was refused."));
            }
            return new FlashPlan(request.mode(), true, reasons, List.of(), refusedVerdicts);
        }
        List<String> reasons = new ArrayList<>(notes);
        return new FlashPlan(request.mode(), false, reasons, steps, vs);
    }

    /** Verdicts in the new layout's order, then what only the current layout has, as the user reads a table. */
    private List<PartitionVerdict> orderedVerdicts() {
        Map<String, PartitionVerdict> rest = new LinkedHashMap<>(verdicts);
        List<PartitionVerdict> out = new ArrayList<>();
        for (Partition n : next.partitions()) {
            PartitionVerdict v = rest.remove(n.canonicalName());
            if (v != null) {
                out.add(v);
            }
        }
        out.addAll(rest.values());
        return out;
    }

    /** A range as the step descriptions print it. */
    static String where(ByteRange r) {
        return r.region() + " " + Sizes.hex(r.start()) + ".." + Sizes.hex(r.end());
    }
}
