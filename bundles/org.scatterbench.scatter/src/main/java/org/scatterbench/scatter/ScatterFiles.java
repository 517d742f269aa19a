package org.scatterbench.scatter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.syntax.ScatterTree;
import org.scatterbench.scatter.syntax.SourceText;
import org.scatterbench.scatter.text.LegacyParser;
import org.scatterbench.scatter.text.YamlLikeParser;
import org.scatterbench.scatter.xml.XmlScatterParser;

/**
 * Entry point for reading scatter files of every generation. The generation is detected from the
 * content (SCATTER-FORMATS §0), never from the file name.
 */
public final class ScatterFiles {

    private ScatterFiles() {
    }

    /**
     * Reads and parses a file.
     *
     * @throws ScatterReadException when the file is missing, unreadable or not a scatter file
     */
    public static ScatterDocument read(Path file) throws ScatterReadException {
        String name = file.toString();
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw new ScatterReadException(name, 0, "is a directory, not a scatter file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ScatterReadException(name, 0, "is not a regular file (a device or a pipe?)");
            }
            long size = Files.size(file);
            if (size > SourceText.MAX_BYTES) {
                throw new ScatterReadException(name, 0,
                        "file is " + size + " bytes, far too large for a scatter file (limit " + SourceText.MAX_BYTES + ")");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScatterReadException(name, 0, "no such file");
        } catch (ScatterReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ScatterReadException(name, 0, "cannot read: " + e.getMessage());
        }
        return parse(name, content);
    }

    /**
     * The layout of a ROM's scatter file that a flash is about to write to a phone: read, validated,
     * and refused on any error. A value the reader cannot interpret (a bad number, a misspelt region)
     * drops or misplaces a partition, and a duplicate name makes two partitions one: flashing that
     * would write a partition table that is not the file's. Warnings pass.
     *
     * @throws ScatterReadException naming the first error as {@code file:line:col}, and how many more
     */
    public static Layout layoutToFlash(Path file) throws ScatterReadException {
        ScatterDocument doc = read(file);
        if (doc.format() == ScatterFormat.OTA_LIST) {
            throw new ScatterReadException(file.toString(), 0, "an OTA layout list (recovery updater), not a flashable"
                    + " scatter file: it has no image names or download flags");
        }
        List<Diagnostic> errors = new ScatterValidator().validate(doc).stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            Diagnostic first = errors.get(0);
            String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more error"
                    + (errors.size() == 2 ? "" : "s") + ": scatterbench scatter validate " + file + ")";
            throw new ScatterReadException(file.toString(), 0, "has errors, so nothing is flashed from it: "
                    + first + more);
        }
        return doc.layout();
    }

    /**
     * Parses scatter content.
     *
     * @param sourceName the name diagnostics and messages use for the input
     * @throws ScatterReadException when the content is not a scatter file of any known generation
     */
    public static ScatterDocument parse(String sourceName, byte[] content) throws ScatterReadException {
        SourceText text = SourceText.decode(sourceName, content);
        String t = text.text();
        ScatterTree tree;
        if (t.isBlank()) {
            throw new ScatterReadException(sourceName, 0, "the file is empty");
        } else if (t.stripLeading().startsWith("<")) {
            tree = XmlScatterParser.parse(sourceName, t);
            if (tree.header().fields().isEmpty() && tree.sections().stream().allMatch(s -> s.partitions().isEmpty())) {
                throw new ScatterReadException(sourceName, 0,
                        "XML without <general name=\"MTK_PLATFORM_CFG\"> or <partition_index>: not a scatter file");
            }
        } else if (YamlLikeParser.looksLikeYaml(t)) {
            tree = YamlLikeParser.parse(sourceName, t);
        } else if (LegacyParser.looksLikeLegacy(t)) {
            tree = LegacyParser.parse(sourceName, t);
        } else {
            throw new ScatterReadException(sourceName, firstContentLine(t),
                    "not a scatter file: no 'partition_index:' fields, no 'NAME 0xADDRESS' entries, no XML scatter");
        }
        return new ScatterDocument(sourceName, text, tree);
    }

    private static int firstContentLine(String t) {
        int line = 1;
        for (String l : t.split("\n", -1)) {
            if (!l.isBlank() && !l.strip().startsWith("#")) {
                return line;
            }
            line++;
        }
        return 0;
    }
}
