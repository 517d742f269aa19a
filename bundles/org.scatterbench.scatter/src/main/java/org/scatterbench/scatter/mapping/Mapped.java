package org.scatterbench.scatter.mapping;

import java.util.List;

import org.scatterbench.model.Diagnostic;

/** What a document means: header values, one layout per section, and the values it could not read. */
public record Mapped(String configVersion, String platform, String project, List<MappedSection> sections,
        List<Diagnostic> problems) {
}
