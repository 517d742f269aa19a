package org.scatterbench.layout.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.layout.testing.DiskTools;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

class PmtCodecTest {

    @Test
    void ninetySixByteRecordsRoundTrip() throws Exception {
        Layout layout = LayoutBuilder.mt6582(0x10000000).build();
        byte[] payload = PmtCodec.write(layout);

        assertThat(payload.length % PmtCodec.RECORD_SIZE).isZero();
        assertThat(payload[0x48] & 0xFF).isEqualTo(0xFF);
        Layout read = PmtCodec.read(payload, "pmt", Region.EMMC_USER);
        for (Partition p : read.partitions()) {
            Partition original = layout.find(p.name()).get();
            assertThat(p.start()).isEqualTo(original.start());
            assertThat(p.size()).isEqualTo(original.size());
        }
        assertThat(read.find("USRDATA")).isPresent();
        assertThat(read.find("BMTPOOL")).isEmpty(); // end-relative: not a PMT record
    }

    @Test
    void unverifiedRecordFormsAreRefusedNotGuessed() {
        assertThatThrownBy(() -> PmtCodec.read(new byte[88 * 2], "dump", Region.EMMC_USER))
                .hasMessageContaining("not in the 96-byte record form");
    }

    @Test
    void aDiskStartingWithThePmtSignatureSaysToReadItFromTheDevice(@TempDir Path dir) throws Exception {
        Path img = DiskTools.sparseImage(dir, "pmt.img", 1024 * 1024);
        try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
            f.write("EMMC_BOOT".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        assertThatThrownBy(() -> PartitionTables.read(img)).hasMessageContaining("PMT")
                .hasMessageContaining("read from the device");
    }
}
