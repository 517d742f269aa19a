package org.scatterbench.scatter.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.scatter.ScatterFormat;
import org.scatterbench.scatter.syntax.ScatterTree;
import org.scatterbench.scatter.syntax.Section;

/** Turns a parsed document into its meaning: header values and one {@link org.scatterbench.model.Layout} per section. */
public final class LayoutMapper {

    private LayoutMapper() {
    }

    private static final Pattern CHIP = Pattern.compile("MT\\d{4}[A-Z]?");

    /**
     * Files without a {@code platform:} (legacy, OTA list) are named after the chip by convention
     * ({@code MT6589_Android_scatter_emmc.txt}); the header always wins when it has one.
     */
    static String platformFromName(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        Matcher m = CHIP.matcher(name.toUpperCase(Locale.ROOT));
        return m.find() ? m.group() : "";
    }

    public static Mapped map(String source, ScatterTree tree) {
        Problems problems = new Problems(source);
        List<MappedSection> sections = new ArrayList<>();
        String version = tree.header().value("config_version").orElse("");
        String platform = tree.header().value("platform").map(String::strip).filter(v -> !v.isEmpty())
                .orElseGet(() -> platformFromName(source));
        String project = tree.header().value("project").orElse("");
        if (tree.format() == ScatterFormat.LEGACY || tree.format() == ScatterFormat.OTA_LIST) {
            sections.add(new LegacySectionMapper(source, platform, problems).map(tree.sections().get(0)));
        } else {
            for (Section section : tree.sections()) {
                sections.add(new FieldSectionMapper(source, platform, tree.header(), problems).map(section));
            }
        }
        List<Diagnostic> all = new ArrayList<>(tree.notes());
        all.addAll(problems.list());
        return new Mapped(version, platform, project, sections, all);
    }
}
