package org.scatterbench.layout.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

class LayoutDiffTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void matchesLegacyAndGptEraNamesThroughAliases() {
        Layout legacy = new LayoutBuilder("old").image("ANDROID", 64 * MIB).fs("USRDATA", 64 * MIB).build();
        Layout gpt = new LayoutBuilder("new").image("system", 64 * MIB).fs("userdata", 64 * MIB).build();

        LayoutDiff d = LayoutDiff.compare(legacy, gpt);

        assertThat(d.entries()).extracting(DiffEntry::change).containsOnly(Change.CONTENT_ONLY);
        assertThat(d.entry("ANDROID").get().current().get().name()).isEqualTo("ANDROID");
        assertThat(d.entry("system").get().next().get().name()).isEqualTo("system");
        assertThat(d.layoutChanged()).isFalse();
    }

    @Test
    void reportsMovedResizedAddedRemovedAndTheFirstMovedPartition() {
        Layout current = new LayoutBuilder("cur").image("boot", 16 * MIB).image("system", 64 * MIB)
                .image("misc", MIB).fs("userdata", 64 * MIB).build();
        Layout next = new LayoutBuilder("new").image("boot", 16 * MIB).image("system", 96 * MIB)
                .image("vendor", 8 * MIB).fs("userdata", 64 * MIB).build();

        LayoutDiff d = LayoutDiff.compare(current, next);

        assertThat(d.entry("boot").get().change()).isEqualTo(Change.SAME);
        assertThat(d.entry("system").get().change()).isEqualTo(Change.RESIZED);
        assertThat(d.entry("system").get().sizeDelta()).isEqualTo(32 * MIB);
        assertThat(d.entry("vendor").get().change()).isEqualTo(Change.ADDED);
        assertThat(d.entry("misc").get().change()).isEqualTo(Change.REMOVED);
        assertThat(d.entry("userdata").get().change()).isEqualTo(Change.MOVED);
        assertThat(d.entry("userdata").get().startDelta()).isEqualTo(39 * MIB);
        assertThat(d.firstMoved().get().name()).isEqualTo("userdata");
        assertThat(d.layoutChanged()).isTrue();
    }

    @Test
    void needResizeUserdataIsComparedByStartOnly() {
        Layout current = new LayoutBuilder("cur").image("system", 64 * MIB).fs("userdata", 64 * MIB).build();
        Layout next = new LayoutBuilder("new").image("system", 64 * MIB)
                .add("userdata", 3 * 1024 * MIB, b -> b.operation(OperationType.NEEDRESIZE).fileName("userdata.img"))
                .build();

        DiffEntry e = LayoutDiff.compare(current, next).entry("userdata").get();

        assertThat(e.change()).isEqualTo(Change.SAME);
        assertThat(e.note()).contains("NEEDRESIZE");
        Layout moved = new LayoutBuilder("new").image("system", 65 * MIB)
                .add("userdata", 3 * 1024 * MIB, b -> b.operation(OperationType.NEEDRESIZE)).build();
        assertThat(LayoutDiff.compare(current, moved).entry("userdata").get().change()).isEqualTo(Change.MOVED);
    }

    @Test
    void tablesBootAreaAndEndRelativeEntriesAreNeverAddedOrRemoved() {
        long disk = 0x20000000L;
        Layout scatter = LayoutBuilder.gptEra(0x4000000, 0x8000000).build();
        // what a device table gives: no preloader, a smaller pgpt, absolute flashinfo and sgpt, real userdata size
        long flashinfo = disk - 0x84L * 0x20000;
        Layout device = new Layout("device", "", scatter.storage(), 0, scatter.partitions().stream()
                .filter(p -> !p.region().isBootArea())
                .map(p -> switch (p.name()) {
                    case "pgpt" -> p.withSize(0x4400);
                    case "flashinfo" -> p.toBuilder().endRelativeBlocks(null).start(flashinfo).build();
                    case "sgpt" -> p.toBuilder().endRelativeBlocks(null).start(disk - 0x4200).size(0x4200).build();
                    case "userdata" -> p.withSize(flashinfo - p.start());
                    default -> p;
                }).toList(), java.util.Map.of(Region.EMMC_USER, disk));

        LayoutDiff d = LayoutDiff.compare(device, scatter);

        assertThat(d.entry("preloader").get().kind()).isEqualTo(EntryKind.BOOT_AREA);
        assertThat(d.entry("preloader").get().change()).isEqualTo(Change.UNMATCHED);
        assertThat(d.entry("pgpt").get().kind()).isEqualTo(EntryKind.TABLE);
        assertThat(d.entry("pgpt").get().change()).isEqualTo(Change.SAME);
        assertThat(d.entry("flashinfo").get().kind()).isEqualTo(EntryKind.END_RELATIVE);
        assertThat(d.entry("flashinfo").get().change()).isEqualTo(Change.SAME);
        assertThat(d.entry("userdata").get().change()).isEqualTo(Change.SAME);
        assertThat(d.entries()).noneMatch(e -> e.change() == Change.ADDED || e.change() == Change.REMOVED);
        assertThat(d.layoutChanged()).isFalse();
    }

    @Test
    void anEndRelativeEntryWithADifferentCodeHasMoved() {
        Layout a = new LayoutBuilder("a").image("boot", MIB).endRelative("otp", 0x80, 0x100000).build();
        Layout b = new LayoutBuilder("b").image("boot", MIB).endRelative("otp", 0x90, 0x100000).build();
        DiffEntry e = LayoutDiff.compare(a, b).entry("otp").get();
        assertThat(e.kind()).isEqualTo(EntryKind.END_RELATIVE);
        assertThat(e.change()).isEqualTo(Change.MOVED);
        assertThat(LayoutDiff.compare(a, b).layoutChanged()).isFalse();
    }

    @Test
    void duplicateSpellingsInOneLayoutAreMatchedInOrder() {
        Layout a = new LayoutBuilder("a").image("__NODL_FAT", MIB).build();
        Layout b = new LayoutBuilder("b").image("FAT", MIB).build();
        List<DiffEntry> es = LayoutDiff.compare(a, b).entries();
        assertThat(es).hasSize(1);
        assertThat(es.get(0).current().map(Partition::name)).contains("__NODL_FAT");
    }
}
