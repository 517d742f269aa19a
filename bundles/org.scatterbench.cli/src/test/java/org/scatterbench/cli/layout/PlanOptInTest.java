package org.scatterbench.cli.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code plan --opt-in} names must be partitions: a misspelling would silently allow nothing. */
class PlanOptInTest {

    private static final String GPT_SCATTER = "v1.x/MT6765_Dewil-King_k65v1.txt";

    @Test
    void anUnknownOptInIsAUsageErrorAndAKnownOneIsAccepted() {
        String s = Shared.scatter(GPT_SCATTER).toString();
        org.scatterbench.cli.backup.Shared.Run bad = org.scatterbench.cli.backup.Shared.cli("plan", "--current", s, "--new", s, "--opt-in",
                "cache,nosuchpart");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--opt-in nosuchpart: no partition of that name");
        org.scatterbench.cli.backup.Shared.Run good = org.scatterbench.cli.backup.Shared.cli("plan", "--current", s, "--new", s, "--opt-in", "CACHE");
        assertThat(good.exit()).as(good.err()).isNotEqualTo(2);
    }
}
