package org.scatterbench.flash.brom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scatterbench.flash.StatusCodes;

class TargetConfigTest {

    @Test
    void slaOrDaaMeansAuthRequiredAndIsExplainedPlainly() {
        assertThat(new TargetConfig(0).authRequired()).isFalse();
        assertThat(new TargetConfig(0).explain()).containsExactly("no protection: secure boot, SLA and DAA are off");
        assertThat(new TargetConfig(TargetConfig.SBC).authRequired()).isFalse();
        TargetConfig locked = new TargetConfig(TargetConfig.SBC | TargetConfig.SLA | TargetConfig.DAA);
        assertThat(locked.authRequired()).isTrue();
        assertThat(String.join(" ", locked.explain())).contains("secure boot").contains("Serial Link Authentication")
                .contains("auth file").contains("Download Agent Authentication");
    }

    @Test
    void statusCodesHaveExplanationsAndUnknownOnesSaySo() {
        assertThat(StatusCodes.describe(0xC0040003L)).isEqualTo("0xC0040003 (checksum error: the data the DA received"
                + " does not match its checksum)");
        assertThat(StatusCodes.describe(0x1D0D)).startsWith("0x1D0D (").contains("SLA");
        assertThat(StatusCodes.describe(0xC0FFEE00L)).contains("does not know");
        assertThat(StatusCodes.explanation(0xC003000AL)).get().asString().contains("layout changed");
    }
}
