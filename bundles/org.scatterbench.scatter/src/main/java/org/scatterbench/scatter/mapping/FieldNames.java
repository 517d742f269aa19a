package org.scatterbench.scatter.mapping;

import java.util.Set;

import org.scatterbench.scatter.syntax.BlockKind;

/** The field names each block kind may carry: every name seen in real files or documented. */
public final class FieldNames {

    public static final Set<String> HEADER = Set.of("general", "info", "config_version", "platform", "project",
            "storage", "boot_channel", "block_size", "skip_pmt_operate", "check_bootloaders_consistency", "modem",
            "modem_check");
    public static final Set<String> SECTION = Set.of("storage_type", "description", "general", "info", "storage",
            "boot_channel", "block_size");
    public static final Set<String> PARTITION = Set.of("partition_index", "partition_name", "file_name",
            "is_download", "type", "linear_start_addr", "physical_start_addr", "partition_size", "region", "storage",
            "boundary_check", "is_reserved", "operation_type", "is_upgradable", "empty_boot_needed",
            "combo_partsize_check", "d_type", "reserve");

    private FieldNames() {
    }

    public static boolean isKnown(BlockKind kind, String key) {
        switch (kind) {
            case HEADER:
                return HEADER.contains(key);
            case SECTION:
                return SECTION.contains(key);
            default:
                return PARTITION.contains(key);
        }
    }
}
