package org.scatterbench.layout.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/** Builds hand-made layouts for the unit tests: partitions placed one after another. */
public final class LayoutBuilder {

    private final String source;
    private final List<Partition> parts = new ArrayList<>();
    private long next;
    private long blockSize = 0x20000;
    private Long regionSize;

    public LayoutBuilder(String source) {
        this.source = source;
    }

    public LayoutBuilder at(long offset) {
        next = offset;
        return this;
    }

    public LayoutBuilder blockSize(long v) {
        blockSize = v;
        return this;
    }

    public LayoutBuilder regionSize(long v) {
        regionSize = v;
        return this;
    }

    /** A downloadable raw partition with an image named after it. */
    public LayoutBuilder image(String name, long size) {
        return add(name, size, b -> b.fileName(name.toLowerCase() + ".img"));
    }

    /** A partition the ROM does not download (is_download false, not upgradable). */
    public LayoutBuilder nodl(String name, long size, OperationType op) {
        return add(name, size, b -> b.downloadable(false).upgradable(false).operation(op).type("NONE"));
    }

    public LayoutBuilder fs(String name, long size) {
        return add(name, size, b -> b.fileName(name.toLowerCase() + ".img").type("EXT4_IMG"));
    }

    public LayoutBuilder table(String name, long size) {
        return add(name, size, b -> b.downloadable(false).upgradable(false).operation(OperationType.INVISIBLE)
                .type("NONE"));
    }

    public LayoutBuilder boot(String name, long size) {
        parts.add(Partition.builder(name).index(parts.size()).storage(Storage.EMMC).region(Region.EMMC_BOOT1)
                .start(0).size(size).fileName("preloader.bin").operation(OperationType.BOOTLOADERS)
                .type("SV5_BL_BIN").build());
        return this;
    }

    /** An end-of-device reservation coded {@code 0xFFFF<blocks>}. */
    public LayoutBuilder endRelative(String name, long blocks, long size) {
        parts.add(Partition.builder(name).index(parts.size()).storage(Storage.EMMC).region(Region.EMMC_USER)
                .start(0).size(size).endRelativeBlocks(blocks).downloadable(false).upgradable(false)
                .reserved(true).boundaryCheck(false).operation(OperationType.RESERVED).type("NONE").build());
        return this;
    }

    public LayoutBuilder add(String name, long size, UnaryOperator<Partition.Builder> f) {
        Partition.Builder b = Partition.builder(name).index(parts.size()).storage(Storage.EMMC)
                .region(Region.EMMC_USER).start(next).size(size);
        parts.add(f.apply(b).build());
        next += size;
        return this;
    }

    public long position() {
        return next;
    }

    public Layout build() {
        return new Layout(source, "MT6582", Storage.EMMC, blockSize, parts,
                regionSize == null ? Map.of() : Map.of(Region.EMMC_USER, regionSize));
    }

    /** An MT6582-era layout in the shape of the corpus files (MBR, EBR1, EBR2), scaled down to 64 MiB. */
    public static LayoutBuilder mt6582(long androidSize) {
        LayoutBuilder b = new LayoutBuilder("mt6582").boot("PRELOADER", 0xc00000)
                .add("MBR", 0x80000, x -> x.fileName("MBR"))
                .add("EBR1", 0x80000, x -> x.fileName("EBR1"))
                .nodl("PRO_INFO", 0x300000, OperationType.PROTECTED)
                .nodl("NVRAM", 0x500000, OperationType.BINREGION)
                .nodl("PROTECT_F", 0xa00000, OperationType.PROTECTED)
                .nodl("PROTECT_S", 0xa00000, OperationType.PROTECTED)
                .nodl("SECCFG", 0x20000, OperationType.INVISIBLE)
                .image("UBOOT", 0x60000).image("BOOTIMG", 0x1000000).image("RECOVERY", 0x1000000)
                .add("SEC_RO", 0x600000, x -> x.fileName("secro.img").type("YAFFS_IMG"))
                .nodl("MISC", 0x80000, OperationType.INVISIBLE)
                .image("LOGO", 0x300000)
                .add("EBR2", 0x80000, x -> x.fileName("EBR2"))
                .nodl("EXPDB", 0xa00000, OperationType.INVISIBLE);
        b.add("ANDROID", androidSize, x -> x.fileName("system.img").type("YAFFS_IMG"))
                .add("CACHE", 0x4000000, x -> x.fileName("cache.img").type("YAFFS_IMG"))
                .add("USRDATA", 0x8000000, x -> x.fileName("userdata.img").type("YAFFS_IMG"))
                .endRelative("BMTPOOL", 0xa8, 0x1500000);
        return b;
    }

    /** A GPT-era layout (pgpt, calibration, boot images, system, cache, userdata, flashinfo, sgpt). */
    public static LayoutBuilder gptEra(long systemSize, long userdataSize) {
        LayoutBuilder b = new LayoutBuilder("gpt-era").boot("preloader", 0x40000)
                .table("pgpt", 0x80000)
                .nodl("proinfo", 0x300000, OperationType.PROTECTED)
                .nodl("nvram", 0x500000, OperationType.BINREGION)
                .fs("protect1", 0xa00000).fs("protect2", 0xa00000)
                .nodl("seccfg", 0x80000, OperationType.INVISIBLE)
                .image("lk", 0x100000).image("boot", 0x1000000).image("recovery", 0x1000000)
                .image("logo", 0x800000)
                .nodl("frp", 0x100000, OperationType.PROTECTED)
                .fs("nvdata", 0x2000000)
                .fs("system", systemSize).fs("cache", 0x2000000).fs("userdata", userdataSize);
        b.endRelative("flashinfo", 0x84, 0x1000000);
        b.endRelative("sgpt", 4, 0x80000);
        return b;
    }
}
