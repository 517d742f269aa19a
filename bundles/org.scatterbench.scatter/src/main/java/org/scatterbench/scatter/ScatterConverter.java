package org.scatterbench.scatter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.convert.Entry;
import org.scatterbench.scatter.convert.FieldModel;
import org.scatterbench.scatter.convert.LayoutFields;
import org.scatterbench.scatter.convert.TextScatterWriter;
import org.scatterbench.scatter.convert.XmlScatterWriter;
import org.scatterbench.scatter.mapping.MappedSection;
import org.scatterbench.scatter.syntax.FieldBlock;

/**
 * Converts between the field-based generations (V1.x, V2.x, XML). Every field is carried over
 * with its value as written, unknown fields included; comments and spacing are those of the
 * target generation. The legacy formats state no sizes or flags and are not converted.
 */
public final class ScatterConverter {

    private ScatterConverter() {
    }

    /** Converts the whole document. */
    public static ScatterDocument convert(ScatterDocument doc, ScatterFormat target) throws ScatterConversionException {
        return convert(doc, target, null);
    }

    /**
     * A V1.1.2 scatter (LF line ends) for a layout that has no file yet: one read from a phone, a
     * backup folder's, the demo's. It is read back before it is returned, so the text always
     * parses; {@code layout()} of the result gives the layout as a reader sees it.
     *
     * @throws ScatterConversionException when a value cannot be written in the text format
     */
    public static ScatterDocument fromLayout(Layout layout, String project) throws ScatterConversionException {
        String text = new TextScatterWriter("\n").writeV1(LayoutFields.of(layout, project), "V1.1.2");
        try {
            return ScatterFiles.parse(layout.source().isBlank() ? project : layout.source(),
                    text.getBytes(StandardCharsets.UTF_8));
        } catch (ScatterReadException e) {
            // the writer produces only what the readers accept; failing here is a bug, not bad input
            throw new IllegalStateException("written scatter does not read back: " + e.getMessage(), e);
        }
    }

    /**
     * Converts the document, or only its {@code storage} section when that is not null.
     *
     * @throws ScatterConversionException naming what the target cannot express
     */
    public static ScatterDocument convert(ScatterDocument doc, ScatterFormat target, Storage storage)
            throws ScatterConversionException {
        if (doc.format() == ScatterFormat.LEGACY || doc.format() == ScatterFormat.OTA_LIST) {
            throw new ScatterConversionException(doc.sourceName() + " is in the " + doc.format()
                    + " format, which states only names and start addresses: converting it would invent sizes, file"
                    + " names and flags");
        }
        if (target == ScatterFormat.LEGACY || target == ScatterFormat.OTA_LIST) {
            throw new ScatterConversionException("conversion to the " + target
                    + " format is not supported: it cannot hold sizes, file names or flags");
        }
        FieldModel model = model(doc, storage);
        boolean sourceV2 = doc.format() == ScatterFormat.V2 || doc.tree().sections().stream()
                .anyMatch(s -> s.header() != doc.tree().header());
        if (target == ScatterFormat.V1 && model.sections().size() > 1) {
            List<String> names = new ArrayList<>();
            model.sections().forEach(s -> names.add(s.storage().name()));
            throw new ScatterConversionException("V1.x holds one storage layout, but " + doc.sourceName() + " has "
                    + model.sections().size() + " sections (" + String.join(", ", names)
                    + "): choose one storage to convert");
        }
        String eol = doc.text().contains("\r\n") ? "\r\n" : "\n";
        String version = model.configVersion();
        String text;
        switch (target) {
            case V1:
                text = new TextScatterWriter(eol).writeV1(model, family(version, "V1") ? version : "V1.1.8");
                break;
            case V2:
                text = new TextScatterWriter(eol).writeV2(model, family(version, "V2") ? version : "V2.1.0");
                break;
            default:
                boolean v2 = sourceV2 || model.sections().size() > 1;
                String v = family(version, v2 ? "V2" : "V1") ? version : v2 ? "V2.1.0" : "V1.1.8";
                text = new XmlScatterWriter(eol).write(model, v, v2);
        }
        try {
            return ScatterFiles.parse(doc.sourceName() + " (as " + target + ")", text.getBytes(StandardCharsets.UTF_8));
        } catch (ScatterReadException e) {
            // the writers produce only what the readers accept; failing here is a bug, not bad input
            throw new IllegalStateException("converted document does not read back: " + e.getMessage(), e);
        }
    }

    private static boolean family(String version, String prefix) {
        return version.toUpperCase(Locale.ROOT).startsWith(prefix + ".");
    }

    private static FieldModel model(ScatterDocument doc, Storage storage) throws ScatterConversionException {
        List<FieldModel.SectionModel> sections = new ArrayList<>();
        for (MappedSection ms : doc.mappedSections()) {
            Storage s = ms.layout().storage();
            if (storage != null && s != storage) {
                continue;
            }
            List<List<Entry>> parts = new ArrayList<>();
            for (FieldBlock b : ms.section().partitions()) {
                parts.add(FieldModel.entries(b));
            }
            List<Entry> header = ms.section().header() == doc.tree().header()
                    ? List.of() : FieldModel.entries(ms.section().header());
            sections.add(new FieldModel.SectionModel(s, header, parts));
        }
        if (sections.isEmpty()) {
            throw new ScatterConversionException(doc.sourceName() + " has no " + storage + " section");
        }
        return new FieldModel(doc.configVersion(), FieldModel.entries(doc.tree().header()), sections);
    }
}
