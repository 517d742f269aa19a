package org.scatterbench.cli.layout;

import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PartitionVerdict;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.ByteRange;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The JSON of {@code plan --json}: mode, refused, reasons, steps (action, partition, region, start,
 * size, image, description) and partitions (name, verdict, reason). A write-table step becomes one
 * JSON step per contiguous write (primary, backup), so each step's start and size are exactly the
 * bytes it changes.
 */
final class PlanJson {

    private PlanJson() {
    }

    static JsonObject of(FlashPlan plan, String current, String next) {
        JsonObject o = new JsonObject();
        o.addProperty("mode", plan.mode().cliName());
        o.addProperty("refused", plan.refused());
        JsonArray reasons = new JsonArray();
        plan.reasons().forEach(reasons::add);
        o.add("reasons", reasons);
        o.addProperty("current", current);
        o.addProperty("new", next);
        JsonArray steps = new JsonArray();
        for (PlanStep s : plan.steps()) {
            if (s.tableWrites().isEmpty()) {
                steps.add(step(s, s.range(), s.description()));
            } else {
                int i = 0;
                for (TableWrite w : s.tableWrites()) {
                    String which = s.tableWrites().size() == 1 ? "" : " (write " + (++i) + " of " + s.tableWrites().size()
                            + ")";
                    steps.add(step(s, w.range(), s.description() + which));
                }
            }
        }
        o.add("steps", steps);
        JsonArray parts = new JsonArray();
        for (PartitionVerdict v : plan.partitions()) {
            JsonObject p = new JsonObject();
            p.addProperty("name", v.name());
            p.addProperty("verdict", v.verdict().jsonName());
            p.addProperty("reason", v.reason());
            parts.add(p);
        }
        o.add("partitions", parts);
        return o;
    }

    private static JsonObject step(PlanStep s, ByteRange r, String description) {
        JsonObject j = new JsonObject();
        j.addProperty("action", s.action().jsonName());
        j.addProperty("partition", s.partition());
        j.addProperty("region", r.region().name());
        j.addProperty("start", r.start());
        j.addProperty("size", r.length());
        if (s.image().isPresent()) {
            j.addProperty("image", s.image().get().toString());
        } else {
            j.add("image", JsonNull.INSTANCE);
        }
        j.addProperty("description", description);
        return j;
    }
}
