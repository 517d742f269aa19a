package org.scatterbench.flash.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.scatterbench.model.io.AtomicOutput;

import com.google.gson.JsonParseException;

/**
 * The reports folder: one {@code ID.json} + {@code ID.txt} pair per run. Files are written to a
 * temporary name and moved into place, so a listing never sees half a report, and a report is
 * never overwritten: a second run with the same id gets a numbered suffix.
 */
public final class ReportStore {

    /** Environment variable that moves the reports folder. */
    public static final String ENV = "SCATTERBENCH_REPORTS";

    private final Path folder;

    public ReportStore(Path folder) {
        this.folder = folder;
    }

    /**
     * The folder to use: the explicit option, else {@value #ENV}, else {@code ~/.scatterbench/reports}.
     */
    public static ReportStore locate(Optional<Path> option, Map<String, String> env) {
        if (option.isPresent()) {
            return new ReportStore(option.get());
        }
        String e = env.get(ENV);
        if (e != null && !e.isBlank()) {
            return new ReportStore(Paths.get(e));
        }
        return new ReportStore(Paths.get(System.getProperty("user.home"), ".scatterbench", "reports"));
    }

    /** As {@link #locate(Optional, Map)} with the process environment. */
    public static ReportStore standard(Optional<Path> option) {
        return locate(option, System.getenv());
    }

    public Path folder() {
        return folder;
    }

    /** Saves the report and returns the path of its JSON file. */
    public synchronized Path save(RunReport report) throws IOException {
        Files.createDirectories(folder);
        String id = report.id();
        for (int n = 2; Files.exists(folder.resolve(id + ".json")); n++) {
            id = report.id() + "-" + n;
        }
        RunReport stored = id.equals(report.id()) ? report : new RunReport(id, report.operation(), report.startedAt(),
                report.endedAt(), report.device(), report.plan(), report.steps(), report.status(), report.error(),
                report.notes());
        put(folder.resolve(id + ".txt"), ReportText.render(stored));
        Path json = folder.resolve(id + ".json");
        put(json, ReportJson.write(stored));
        return json;
    }

    private static void put(Path target, String text) throws IOException {
        AtomicOutput.write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every readable report, oldest first; unreadable files are named in {@code problems}. */
    public List<RunReport> list(List<String> problems) throws IOException {
        List<RunReport> l = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return l;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path f : files) {
            try {
                l.add(read(f));
            } catch (IOException | JsonParseException e) {
                problems.add(f + ": " + e.getMessage());
            }
        }
        l.sort((a, b) -> {
            int c = a.startedAt().compareTo(b.startedAt());
            return c != 0 ? c : a.id().compareTo(b.id());
        });
        return l;
    }

    /** The report with this id, or the newest for {@code latest}; a unique id prefix is accepted too. */
    public Optional<RunReport> find(String idOrLatest) throws IOException {
        List<RunReport> all = list(new ArrayList<>());
        if (idOrLatest.equals("latest")) {
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
        for (RunReport r : all) {
            if (r.id().equals(idOrLatest)) {
                return Optional.of(r);
            }
        }
        List<RunReport> prefixed = all.stream().filter(r -> r.id().startsWith(idOrLatest)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    private static RunReport read(Path f) throws IOException {
        return ReportJson.read(Files.readString(f, StandardCharsets.UTF_8));
    }
}
