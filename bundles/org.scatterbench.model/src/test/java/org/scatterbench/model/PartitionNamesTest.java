package org.scatterbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionNamesTest {

    @Test
    void mbrEraNamesResolveToGptEraNames() {
        assertThat(PartitionNames.canonical("ANDROID")).isEqualTo("system");
        assertThat(PartitionNames.canonical("__NODL_RSV_USRDATA")).isEqualTo("userdata");
        assertThat(PartitionNames.canonical("RSV___NODL_PROTECT_F")).isEqualTo("protect1");
        assertThat(PartitionNames.sameName("UBOOT", "lk")).isTrue();
        assertThat(PartitionNames.sameName("boot", "recovery")).isFalse();
    }

    @Test
    void stripPrefixesKeepsTheWrittenCase() {
        assertThat(PartitionNames.stripPrefixes("__NODL_FAT")).isEqualTo("FAT");
        assertThat(PartitionNames.stripPrefixes("cache")).isEqualTo("cache");
    }
}
