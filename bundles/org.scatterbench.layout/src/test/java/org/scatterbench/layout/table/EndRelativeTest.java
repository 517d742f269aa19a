package org.scatterbench.layout.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.Layout;

class EndRelativeTest {

    private static final long END = 0x3AB400000L;

    @Test
    void codesCountBackFromTheEndWhenNoEntryHasCodeZero() throws Exception {
        // MT6737M WwR file: sgpt 0xFFFF0004 -> 0x3AB380000, flashinfo 0xFFFF0084 -> 0x3AA380000
        Layout l = new LayoutBuilder("wwr").image("boot", 0x100000).endRelative("flashinfo", 0x84, 0x1000000)
                .endRelative("sgpt", 4, 0x80000).build();
        assertThat(EndRelative.resolveStart(l, l.find("sgpt").get(), END)).isEqualTo(0x3AB380000L);
        assertThat(EndRelative.resolveStart(l, l.find("flashinfo").get(), END)).isEqualTo(0x3AA380000L);
    }

    @Test
    void codesStackBelowACodeZeroSgpt() throws Exception {
        Layout l = new LayoutBuilder("new").image("boot", 0x100000).endRelative("otp", 472, 0x2B00000)
                .endRelative("flashinfo", 0x80, 0x1000000).endRelative("sgpt", 0, 0x4200).build();
        long sgpt = EndRelative.resolveStart(l, l.find("sgpt").get(), END);
        long flashinfo = EndRelative.resolveStart(l, l.find("flashinfo").get(), END);
        long otp = EndRelative.resolveStart(l, l.find("otp").get(), END);
        assertThat(sgpt).isEqualTo(END - 0x4200);
        assertThat(flashinfo).isEqualTo(END - 0x4200 - 0x1000000);
        assertThat(flashinfo + 0x1000000).isEqualTo(sgpt);
        assertThat(otp + 0x2B00000).isEqualTo(flashinfo);
    }

    @Test
    void aCodeWithoutBlockSizeIsAClearError() {
        Layout l = new LayoutBuilder("x").blockSize(0).endRelative("otp", 4, 0x1000).build();
        assertThatThrownBy(() -> EndRelative.resolveStart(l, l.find("otp").get(), END))
                .hasMessageContaining("otp").hasMessageContaining("no block size");
    }
}
