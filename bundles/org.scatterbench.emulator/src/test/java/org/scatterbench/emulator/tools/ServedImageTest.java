package org.scatterbench.emulator.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.testhost.TestHost;
import org.scatterbench.emulator.transport.PipeEndpoint;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

/** A phone image made from a real scatter, served by the virtual phone: read the GPT, overwrite one partition. */
@Timeout(60)
class ServedImageTest {

    @TempDir
    Path dir;

    @Test
    void hostReadsTheGptAndOverwritesOnePartitionInTheImageFile() throws Exception {
        Layout layout = ScatterLayouts.emmcLayout(ToolsOnRealScattersTest.scatter(ToolsOnRealScattersTest.GPT_SCATTER));
        Path img = dir.resolve("phone.img");
        new PhoneImageWriter(128 * 1024).write(layout, img, ImageSpec.minimumSize(layout));
        Partition lk = layout.find("lk").orElseThrow();
        Partition tee = layout.find("tee1").orElseThrow();
        byte[] newLk = new byte[64 * 1024];
        BlockLabel.fill(newLk, newLk.length, "host", "lk", 0);
        try (EmmcStorage storage = EmmcStorage.onImage(img)) {
            VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), storage).build();
            try (PipeEndpoint pipe = PipeEndpoint.connect(phone)) {
                TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
                h.connect();
                byte[] head = h.readData(8, 0, 0x4200);
                assertThat(new String(head, 512, 8, StandardCharsets.US_ASCII)).isEqualTo("EFI PART");
                assertThat(BlockLabel.read(h.readData(8, lk.start(), 4096))).isEqualTo("SBEMU:phone:lk:block 0");
                h.writeData(8, lk.start(), newLk, 0x10000);
                assertThat(BlockLabel.read(h.readData(8, lk.start() + 4096, 4096))).isEqualTo("SBEMU:host:lk:block 1");
                assertThat(BlockLabel.read(h.readData(8, lk.start() + newLk.length, 4096)))
                        .isEqualTo("SBEMU:phone:lk:block 16");
                assertThat(BlockLabel.read(h.readData(8, tee.start(), 4096))).isEqualTo("SBEMU:phone:tee1:block 0");
            }
            assertThat(phone.journal().touched(Region.EMMC_USER))
                    .containsExactly(new ByteRange(Region.EMMC_USER, lk.start(), newLk.length));
        }
        byte[] onDisk = new byte[newLk.length];
        try (var f = new java.io.RandomAccessFile(img.toFile(), "r")) {
            f.seek(lk.start());
            f.readFully(onDisk);
        }
        assertThat(Arrays.equals(onDisk, newLk)).as("the image file holds the write").isTrue();
    }
}
