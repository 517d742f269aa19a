package org.scatterbench.layout.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.Layout;

/** The plan shown (against an assumed layout) against the plan that would run (against the phone's). */
class PlanDriftTest {

    private final Planner planner = new Planner();

    @Test
    void theSameLayoutOnScreenAndOnThePhoneGivesNoDrift() {
        Layout rom = LayoutBuilder.mt6582(0x20000000).build();
        FlashPlan shown = planner.plan(PlanRequest.of(rom, rom, PlanMode.FIRMWARE_UPGRADE));
        FlashPlan toRun = planner.plan(PlanRequest.of(LayoutBuilder.mt6582(0x20000000).build(), rom,
                PlanMode.FIRMWARE_UPGRADE));
        assertThat(PlanDrift.between(shown, toRun)).isEmpty();
    }

    @Test
    void aPhoneWithAnotherTableNamesEveryPartitionWhoseFateChanges() {
        Layout rom = LayoutBuilder.mt6582(0x20000000).build();
        // shown: planned with the ROM as the current layout (no current file chosen), so userdata looks kept
        FlashPlan shown = planner.plan(PlanRequest.of(rom, rom, PlanMode.FIRMWARE_UPGRADE));
        FlashPlan toRun = planner.plan(PlanRequest.of(LayoutBuilder.mt6582(0x10000000).build(), rom,
                PlanMode.FIRMWARE_UPGRADE));

        assertThat(shown.verdictOf("USRDATA").get().verdict()).isEqualTo(Verdict.KEPT);
        assertThat(PlanDrift.between(shown, toRun)).contains("USRDATA: lost (shown: kept)", "CACHE: lost (shown: kept)")
                .anyMatch(l -> l.startsWith("writes ") && l.endsWith("which the plan shown does not"));
    }

    @Test
    void aGentlerPlanAgainstThePhoneIsNoDrift() {
        Layout rom = LayoutBuilder.mt6582(0x20000000).build();
        FlashPlan harsh = planner.plan(PlanRequest.of(LayoutBuilder.mt6582(0x10000000).build(), rom,
                PlanMode.FIRMWARE_UPGRADE));
        FlashPlan gentle = planner.plan(PlanRequest.of(rom, rom, PlanMode.FIRMWARE_UPGRADE));
        assertThat(PlanDrift.between(gentle, harsh)).isNotEmpty();
        assertThat(PlanDrift.between(harsh, gentle)).isEmpty();
    }

    @Test
    void aPlanRefusedOnlyAgainstThePhoneIsADrift() {
        Layout rom = LayoutBuilder.mt6582(0x20000000).build();
        FlashPlan shown = planner.plan(PlanRequest.of(rom, rom, PlanMode.KEEP_DATA));
        FlashPlan toRun = planner.plan(PlanRequest.of(LayoutBuilder.mt6582(0x10000000).build(), rom,
                PlanMode.KEEP_DATA));
        assertThat(toRun.refused()).isTrue();
        assertThat(PlanDrift.between(shown, toRun)).contains("against the phone's table the plan is refused");
    }
}
