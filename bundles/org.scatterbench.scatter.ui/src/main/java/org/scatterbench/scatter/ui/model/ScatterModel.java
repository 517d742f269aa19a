package org.scatterbench.scatter.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ListenerList;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterReadException;
import org.scatterbench.scatter.ScatterValidator;

/**
 * The editor's single source of truth: the lossless ScatterDocument of the core, its diagnostics
 * from the same ScatterValidator {@code scatterbench scatter validate} runs, and the bytes last
 * saved (for the dirty state). Every change goes through {@link #setField} or {@link #replace}, which
 * the undoable operations call; pages only observe. UI thread only, like the document.
 */
public final class ScatterModel {

    private ScatterDocument document;
    private Path file;
    private byte[] savedBytes;
    private List<Diagnostic> diagnostics = List.of();
    private boolean dirty;
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    public ScatterModel(Path file, ScatterDocument document) {
        this.file = file;
        this.document = document;
        this.savedBytes = document.toBytes();
        revalidate();
    }

    public static ScatterModel read(Path file) throws ScatterReadException {
        return new ScatterModel(file, ScatterFiles.read(file));
    }

    public ScatterDocument document() {
        return document;
    }

    public Path file() {
        return file;
    }

    public List<Layout> layouts() {
        return document.layouts();
    }

    public List<Storage> sections() {
        return document.layouts().stream().map(Layout::storage).toList();
    }

    public int partitionCount(Storage storage) {
        return document.partitionCount(storage);
    }

    public String value(PartitionRef ref, ScatterColumn column) {
        return document.field(ref.storage(), ref.position(), column.field()).orElse("");
    }

    /**
     * Sets a field; returns the previous value.
     *
     * @throws IllegalArgumentException when the document cannot hold the value (the message says why)
     */
    public String setField(PartitionRef ref, String field, String value) {
        String old = document.setField(ref.storage(), ref.position(), field, value);
        changed();
        return old;
    }

    /** Swaps in another document (a re-parsed source page, an undo of one); returns the previous one. */
    public ScatterDocument replace(ScatterDocument next) {
        ScatterDocument old = document;
        document = next;
        changed();
        return old;
    }

    /** Parses the source page's text as the new content, keeping the original encoding. */
    public ScatterDocument parseText(String text) throws ScatterReadException {
        return ScatterFiles.parse(document.sourceName(), document.encodeEdited(text));
    }

    /**
     * What the validator would say if {@code field} of {@code ref} were {@code value}, without
     * changing the document: validation as the user types. Empty when the value would be fine.
     *
     * @throws IllegalArgumentException when the document cannot hold the value at all
     */
    public List<Diagnostic> preview(PartitionRef ref, String field, String value) throws ScatterReadException {
        ScatterDocument copy = ScatterFiles.parse(document.sourceName(), document.toBytes());
        String name = copy.field(ref.storage(), ref.position(), "partition_name").orElse("");
        copy.setField(ref.storage(), ref.position(), field, value);
        List<Diagnostic> all = validator().validate(copy);
        List<Diagnostic> before = diagnostics;
        List<Diagnostic> fresh = new ArrayList<>();
        for (Diagnostic d : all) {
            if (d.isError() && before.stream().noneMatch(b -> b.code().equals(d.code())
                    && java.util.Objects.equals(b.partition(), d.partition()))) {
                fresh.add(d);
            }
        }
        fresh.sort(Comparator.comparing((Diagnostic d) -> !name.equals(d.partition())));
        return fresh;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean isDirty() {
        return dirty;
    }

    /**
     * True when the file no longer holds the bytes this editor read or last wrote: another program
     * changed it, and a Save would silently throw that change away. A deleted file loses nothing.
     */
    public boolean changedOnDisk() throws IOException {
        return Files.exists(file) && !Arrays.equals(Files.readAllBytes(file), savedBytes);
    }

    /** After a save: the bytes now on disk, and possibly a new file (Save As). */
    public void saved(Path newFile, ScatterDocument savedDocument) {
        file = newFile;
        document = savedDocument;
        savedBytes = savedDocument.toBytes();
        changed();
    }

    public Optional<PartitionRef> find(String partitionName) {
        for (Storage s : sections()) {
            int pos = document.positionOf(s, partitionName);
            if (pos >= 0) {
                return Optional.of(new PartitionRef(s, pos));
            }
        }
        return Optional.empty();
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void changed() {
        revalidate();
        dirty = !Arrays.equals(savedBytes, document.toBytes());
        for (Runnable l : listeners) {
            l.run();
        }
    }

    private void revalidate() {
        List<Diagnostic> list = new ArrayList<>(validator().validate(document));
        list.sort(Comparator.comparing(Diagnostic::severity).thenComparingInt(Diagnostic::line));
        diagnostics = List.copyOf(list);
    }

    /** Structure and layout checks only: image checks belong to the Download view's ROM folder. */
    private static ScatterValidator validator() {
        return new ScatterValidator();
    }
}
