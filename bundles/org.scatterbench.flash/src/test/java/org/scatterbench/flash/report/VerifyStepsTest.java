package org.scatterbench.flash.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.flash.workflow.FlashWorkflow;

/** --verify on a real plan: a VERIFY right after every image write, nothing else changed. */
class VerifyStepsTest {

    @TempDir
    Path tmp;

    @Test
    void everyImageWriteIsFollowedByItsVerify() throws Exception {
        Path scatter = SharedCorpus.root().resolve("corpus/scatter/v1.x/MT6765_Dewil-King_k65v1.txt");
        Layout l = ScatterFiles.read(scatter).layout();
        for (var p : l.partitions()) {
            if (p.downloadable() && p.fileName().isPresent()) {
                Files.write(tmp.resolve(p.fileName().get()), new byte[4096]);
            }
        }
        FlashPlan plan = new Planner(f -> 4096).plan(new PlanRequest(l, l, Optional.of(tmp), PlanMode.KEEP_DATA, Set.of()));
        assertThat(plan.refused()).as(String.join("; ", plan.reasons())).isFalse();
        FlashPlan v = FlashWorkflow.withVerifies(plan);
        List<PlanStep> writes = plan.steps().stream().filter(s -> s.action() == StepAction.WRITE).toList();
        assertThat(writes).isNotEmpty();
        for (int i = 0; i < v.steps().size(); i++) {
            PlanStep s = v.steps().get(i);
            if (s.action() == StepAction.WRITE && s.image().isPresent()) {
                PlanStep next = v.steps().get(i + 1);
                assertThat(next.action()).isEqualTo(StepAction.VERIFY);
                assertThat(next.partition()).isEqualTo(s.partition());
                assertThat(next.range()).isEqualTo(s.range());
            }
        }
        assertThat(v.touchedRanges()).isEqualTo(plan.touchedRanges());
        assertThat(v.steps().stream().filter(s -> s.action() != StepAction.VERIFY).toList())
                .isEqualTo(plan.steps().stream().filter(s -> s.action() != StepAction.VERIFY).toList());
    }
}
