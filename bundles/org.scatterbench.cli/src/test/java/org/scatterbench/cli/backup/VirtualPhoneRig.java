package org.scatterbench.cli.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.tools.BlockLabel;
import org.scatterbench.emulator.tools.DaFileWriter;
import org.scatterbench.emulator.tools.PhoneImageWriter;
import org.scatterbench.emulator.transport.TcpEndpoint;
import org.scatterbench.flash.backup.BackupManifest;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * A small virtual MT6765 phone on a loopback TCP port, with a 16 MiB user area holding a GPT,
 * labelled partitions (protected proinfo and nvram, boot, system, userdata) and a DA file for it.
 * Real emulator, real transport, real DA protocol: nothing is stubbed.
 */
public final class VirtualPhoneRig implements AutoCloseable {

    public static final long USER_SIZE = 16L << 20;
    /** name, start, size, operation type of the test layout (bytes). */
    static final Object[][] PARTS = { { "pgpt", 0x0L, 0x80000L, "INVISIBLE" },
            { "proinfo", 0x80000L, 0x100000L, "PROTECTED" }, { "nvram", 0x180000L, 0x100000L, "BINREGION" },
            { "boot", 0x280000L, 0x200000L, "UPDATE" }, { "system", 0x480000L, 0x600000L, "UPDATE" },
            { "userdata", 0xA80000L, 0x400000L, "UPDATE" } };

    public final Path dir;
    public final Path image;
    public final Path daFile;
    public final EmmcStorage storage;
    public final VirtualPhone phone;
    public final TcpEndpoint endpoint;

    private VirtualPhoneRig(Path dir, Path image, Path daFile, EmmcStorage storage, VirtualPhone phone,
            TcpEndpoint endpoint) {
        this.dir = dir;
        this.image = image;
        this.daFile = daFile;
        this.storage = storage;
        this.phone = phone;
        this.endpoint = endpoint;
    }

    public static Layout layout() {
        List<Partition> ps = new java.util.ArrayList<>();
        for (Object[] p : PARTS) {
            ps.add(Partition.builder((String) p[0]).storage(Storage.EMMC).region(Region.EMMC_USER).start((Long) p[1])
                    .size((Long) p[2]).operation(OperationType.parse((String) p[3])).downloadable(true)
                    .fileName(p[0] + ".img").build());
        }
        return new Layout("rig", "MT6765", Storage.EMMC, 0x20000, ps, Map.of());
    }

    public static VirtualPhoneRig start(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path image = dir.resolve("phone.img");
        new PhoneImageWriter(64 * 1024).write(layout(), image, USER_SIZE);
        EmmcStorage storage = EmmcStorage.onImage(image, 1L << 20, 1L << 20);
        byte[] boot = new byte[1 << 20];
        BlockLabel.fill(boot, boot.length, "phone", "preloader", 0);
        storage.area(Region.EMMC_BOOT1).write(0, boot, 0, boot.length);
        storage.journal().clear();
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), storage).build();
        Path da = dir.resolve("DA_virtual.bin");
        Files.write(da, DaFileWriter.build(List.of(ChipProfiles.mt6765())));
        return new VirtualPhoneRig(dir, image, da, storage, phone, TcpEndpoint.listen(phone, 0));
    }

    public String port() {
        return endpoint.address();
    }

    /** SHA-256 of the user-area image file and of both boot areas: the whole device's state. */
    public String deviceHash() throws IOException {
        StringBuilder sb = new StringBuilder(BackupManifest.hashFile(image));
        for (Region r : List.of(Region.EMMC_BOOT1, Region.EMMC_BOOT2)) {
            byte[] b = new byte[(int) storage.area(r).size()];
            storage.area(r).read(0, b, 0, b.length);
            sb.append('/').append(org.scatterbench.flash.report.Sha256.of(b));
        }
        return sb.toString();
    }

    /**
     * A ROM folder for the rig's layout: a V1.1.2 scatter naming every partition, and new images
     * (labelled {@code rom-v2}) for boot and system only; the other entries are not downloadable.
     */
    public static Path writeRom(Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder sb = new StringBuilder("- general: MTK_PLATFORM_CFG\n  info: \n    - config_version: V1.1.2\n"
                + "      platform: MT6765\n      project: rig\n      storage: EMMC\n      boot_channel: MSDC_0\n"
                + "      block_size: 0x20000\n");
        int i = 0;
        for (Object[] p : PARTS) {
            String name = (String) p[0];
            boolean dl = name.equals("boot") || name.equals("system");
            sb.append(String.format(Locale.ROOT, "- partition_index: SYS%d%n  partition_name: %s%n  file_name: %s%n"
                    + "  is_download: %s%n  type: NORMAL_ROM%n  linear_start_addr: 0x%X%n  physical_start_addr: 0x%X%n"
                    + "  partition_size: 0x%X%n  region: EMMC_USER%n  storage: HW_STORAGE_EMMC%n  boundary_check: true%n"
                    + "  is_reserved: false%n  operation_type: %s%n  is_upgradable: %s%n  reserve: 0x00%n%n", i++, name,
                    dl ? name + ".img" : "NONE", dl, p[1], p[1], p[2], p[3], dl));
            if (dl) {
                byte[] img = new byte[(int) ((Long) p[2] / 2)];
                BlockLabel.fill(img, img.length, "rom-v2", name, 0);
                Files.write(folder.resolve(name + ".img"), img);
            }
        }
        Path scatter = folder.resolve("MT6765_Android_scatter.txt");
        Files.writeString(scatter, sb.toString(), StandardCharsets.UTF_8);
        return scatter;
    }

    @Override
    public void close() throws IOException {
        endpoint.close();
        storage.close();
    }
}
