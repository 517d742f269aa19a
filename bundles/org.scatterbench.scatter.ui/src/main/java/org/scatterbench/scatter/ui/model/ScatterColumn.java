package org.scatterbench.scatter.ui.model;

import java.util.List;

/** The editable columns of the partition table and the scatter field each one edits. */
public enum ScatterColumn {
    NAME("Name", "partition_name", 150, List.of()),
    FILE("File", "file_name", 170, List.of()),
    START("Start", "linear_start_addr", 130, List.of()),
    SIZE("Size", "partition_size", 120, List.of()),
    REGION("Region", "region", 120, List.of()),
    DOWNLOAD("Download", "is_download", 80, List.of("true", "false")),
    TYPE("Type", "type", 130, List.of()),
    OPERATION("Operation", "operation_type", 120,
            List.of("UPDATE", "INVISIBLE", "PROTECTED", "RESERVED", "BOOTLOADERS", "BINREGION", "NEEDRESIZE"));

    private final String title;
    private final String field;
    private final int width;
    private final List<String> choices;

    ScatterColumn(String title, String field, int width, List<String> choices) {
        this.title = title;
        this.field = field;
        this.width = width;
        this.choices = choices;
    }

    public String title() {
        return title;
    }

    /** The scatter field name, as {@code ScatterDocument.setField} takes it. */
    public String field() {
        return field;
    }

    public int width() {
        return width;
    }

    /** Fixed choices for a combo cell editor; empty for free text. */
    public List<String> choices() {
        return choices;
    }
}
