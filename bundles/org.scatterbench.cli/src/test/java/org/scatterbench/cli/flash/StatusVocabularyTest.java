package org.scatterbench.cli.flash;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.emulator.xflash.DaStatus;
import org.scatterbench.flash.StatusCodes;

/**
 * The host and the virtual phone share no code, so nothing but this test stops the phone from
 * answering with a status the host can only call "a status code Scatterbench does not know": every
 * error status the phone can send must reach the user in words.
 */
class StatusVocabularyTest {

    @Test
    void everyErrorStatusOfTheVirtualPhoneIsExplainedByTheHost() throws IllegalAccessException {
        List<String> unexplained = new ArrayList<>();
        int errors = 0;
        for (Field f : DaStatus.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != long.class) {
                continue;
            }
            long code = f.getLong(null);
            if ((code & 0xC0000000L) != 0xC0000000L) {
                continue; // OK, progress words and the extension's magic are not errors
            }
            errors++;
            if (StatusCodes.explanation(code).isEmpty()) {
                unexplained.add(f.getName() + " " + StatusCodes.describe(code));
            }
        }
        assertThat(errors).as("error statuses found").isGreaterThanOrEqualTo(8);
        assertThat(unexplained).isEmpty();
    }

    @Test
    void theGenericErrorANearlyFullDiskCausesIsNamed() {
        assertThat(StatusCodes.describe(DaStatus.ERROR)).startsWith("0xC0010001 (the DA reported an error")
                .doesNotContain("does not know");
    }
}
