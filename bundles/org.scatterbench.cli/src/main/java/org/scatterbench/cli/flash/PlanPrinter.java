package org.scatterbench.cli.flash;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PartitionVerdict;
import org.scatterbench.layout.plan.PlanStep;

/** The plan as the user reads it before saying yes, with the phone's identity. */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static List<String> lines(FlashPlan plan, DeviceSession s) {
        List<String> l = new ArrayList<>();
        l.add("Phone: " + s.chip().name() + " on " + s.transport().describe().port());
        l.add("  ME id " + s.identity().meIdHex() + ", storage " + s.storage().storage() + " CID " + s.storage().cid());
        l.add("Plan (" + plan.mode().cliName() + "):");
        for (PartitionVerdict v : plan.partitions()) {
            l.add(String.format("  %-16s %-24s %s", v.name(), v.verdict().jsonName(), v.reason()));
        }
        if (plan.refused()) {
            l.add("The plan is refused:");
            plan.reasons().forEach(r -> l.add("  - " + r));
            return l;
        }
        l.add("Steps:");
        int i = 1;
        for (PlanStep st : plan.steps()) {
            l.add(String.format("  %2d. %-12s %-16s %s", i++, st.action().jsonName(), st.partition(), st.range()));
        }
        return l;
    }
}
