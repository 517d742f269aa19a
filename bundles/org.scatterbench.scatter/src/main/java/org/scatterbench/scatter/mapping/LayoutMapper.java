package org.scatterbench.scatter.mapping;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.scatter.ScatterFormat;
import org.scatterbench.scatter.syntax.ScatterTree;

/** Turns a parsed document into its meaning: header values and one {@link org.scatterbench.model.Layout} per section. */
public final class LayoutMapper {

    private LayoutMapper() {
    }

    public static Mapped map(String source, ScatterTree tree) {
        Problems problems = new Problems(source);
        List<MappedSection> sections = new ArrayList<>();
        String version = tree.header().value("config_version").orElse("");
        String platform = tree.header().value("platform").orElse("");
        String project = tree.header().value("project").orElse("");
        if (tree.format() == ScatterFormat.LEGACY || tree.format() == ScatterFormat.OTA_LIST) {
            sections.add(new LegacySectionMapper(source, problems).map(tree.sections().get(0)));
        } else {
            for (var section : tree.sections()) {
                sections.add(new FieldSectionMapper(source, platform, tree.header(), problems).map(section));
            }
        }
        List<org.scatterbench.model.Diagnostic> all = new ArrayList<>(tree.notes());
        all.addAll(problems.list());
        return new Mapped(version, platform, project, sections, all);
    }
}
