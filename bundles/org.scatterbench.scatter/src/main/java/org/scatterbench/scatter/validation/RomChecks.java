package org.scatterbench.scatter.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scatterbench.image.ImageFiles;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Severity;
import org.scatterbench.scatter.ScatterCodes;
import org.scatterbench.scatter.mapping.MappedSection;
import org.scatterbench.scatter.mapping.Numbers;
import org.scatterbench.scatter.syntax.FieldBlock;

/**
 * Checks of a scatter against the ROM folder it will flash from: every downloadable image present,
 * inside the folder, no larger than its partition (sparse images by their expanded size), and
 * matching the ROM's {@code Checksum.ini} when there is one.
 */
public final class RomChecks {

    private final Path rom;
    private final Locator at;
    private final List<Diagnostic> out;
    private final String source;
    private final Map<Path, Long> sizes = new HashMap<>();
    private final Map<Path, String> sizeErrors = new HashMap<>();
    private ChecksumIni checksums;
    private final Map<String, String> computed = new HashMap<>();

    private RomChecks(Path rom, String source, List<Diagnostic> out) {
        this.rom = rom.toAbsolutePath().normalize();
        this.at = new Locator(source);
        this.out = out;
        this.source = source;
    }

    public static void check(List<MappedSection> sections, Path rom, String source, List<Diagnostic> out) {
        RomChecks c = new RomChecks(rom, source, out);
        c.loadChecksums();
        for (MappedSection s : sections) {
            List<Partition> parts = s.layout().partitions();
            for (int i = 0; i < parts.size(); i++) {
                c.partition(parts.get(i), s.section().partitions().get(i));
            }
        }
    }

    private void loadChecksums() {
        try {
            Path ini = ChecksumIni.find(rom);
            if (ini != null) {
                checksums = ChecksumIni.parse(ChecksumIni.readText(ini));
            }
        } catch (IOException e) {
            out.add(new Diagnostic(Severity.WARNING, ScatterCodes.CHECKSUM_INI, "cannot read Checksum.ini: " + e.getMessage(),
                    rom.resolve("Checksum.ini").toString(), 1, 1, null));
        }
    }

    private void partition(Partition p, FieldBlock b) {
        if (!p.downloadable() || p.fileName().isEmpty()) {
            return;
        }
        String name = p.fileName().get();
        Path image = resolve(name);
        if (image == null) {
            out.add(at.at(b, "file_name", Severity.ERROR, ScatterCodes.FILE_ESCAPES_ROM,
                    "file name '" + name + "' points outside the ROM folder; only names inside " + rom + " are allowed",
                    p));
            return;
        }
        if (!Files.isRegularFile(image)) {
            out.add(at.at(b, "file_name", Severity.ERROR, ScatterCodes.IMAGE_MISSING,
                    "image '" + name + "' is not in the ROM folder " + rom, p));
            return;
        }
        Long size = size(image);
        if (size == null) {
            out.add(at.at(b, "file_name", Severity.ERROR, ScatterCodes.IMAGE_UNREADABLE,
                    "image '" + name + "' cannot be read: " + sizeErrors.get(image), p));
            return;
        }
        if (p.boundaryCheck() && p.size() > 0 && size > p.size()) {
            out.add(at.at(b, "partition_size", Severity.ERROR, ScatterCodes.IMAGE_TOO_LARGE,
                    "image '" + name + "' is " + Numbers.hex(size) + " bytes" + (isSparse(image) ? " when expanded" : "")
                            + ", larger than the partition (" + Numbers.hex(p.size()) + ")", p));
        }
        checksum(p, b, name, image);
    }

    /** The image path, or null when the name is absolute or climbs out of the ROM folder. */
    private Path resolve(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return null;
        }
        try {
            Path p = rom.resolve(n).normalize();
            return p.startsWith(rom) && !p.equals(rom) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Long size(Path image) {
        if (!sizes.containsKey(image) && !sizeErrors.containsKey(image)) {
            try {
                sizes.put(image, ImageFiles.expandedSize(image));
            } catch (IOException | RuntimeException e) {
                sizeErrors.put(image, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return sizes.get(image);
    }

    private static boolean isSparse(Path image) {
        try {
            return ImageFiles.isSparse(image);
        } catch (IOException e) {
            return false;
        }
    }

    private void checksum(Partition p, FieldBlock b, String name, Path image) {
        if (checksums == null) {
            return;
        }
        ChecksumIni.Expected e = checksums.lookup(p.baseName(), name);
        if (e == null) {
            return;
        }
        String key = image + (e.md5() ? "#md5" : "#sum");
        String actual = computed.get(key);
        if (actual == null) {
            try {
                actual = ChecksumIni.compute(image, e);
            } catch (IOException ex) {
                return; // the size check above already read the file; a failure here is reported there
            }
            computed.put(key, actual);
        }
        if (!ChecksumIni.sameValue(e.value(), actual)) {
            String how = e.md5() ? "MD5" : "16-bit byte sum";
            out.add(at.at(b, "file_name", e.md5() ? Severity.ERROR : Severity.WARNING, ScatterCodes.CHECKSUM_MISMATCH,
                    "image '" + name + "' does not match Checksum.ini line " + e.line() + " (" + how + " expected "
                            + e.value() + ", file has " + actual + "): the image may be corrupt or from another ROM",
                    p));
        }
    }

    String source() {
        return source;
    }
}
