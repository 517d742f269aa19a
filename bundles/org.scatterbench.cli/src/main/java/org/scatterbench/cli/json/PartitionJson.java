package org.scatterbench.cli.json;

import org.scatterbench.model.Partition;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The partition object shared by {@code scatter show --json}, {@code layout show --json} and
 * {@code device table --json}. Field names are a contract with users' scripts: keep them.
 */
public final class PartitionJson {

    private PartitionJson() {
    }

    public static JsonObject of(Partition p) {
        JsonObject o = new JsonObject();
        o.addProperty("name", p.name());
        o.addProperty("index", p.index());
        o.addProperty("storage", p.storage().name());
        o.addProperty("region", p.region().name());
        if (p.isEndRelative() || p.linearStart().isEmpty()) {
            o.add("linear_start", com.google.gson.JsonNull.INSTANCE);
        } else {
            o.addProperty("linear_start", p.linearStart().get());
        }
        o.addProperty("start", p.start());
        o.addProperty("size", p.size());
        o.addProperty("download", p.downloadable());
        if (p.fileName().isPresent()) {
            o.addProperty("file", p.fileName().get());
        } else {
            o.add("file", com.google.gson.JsonNull.INSTANCE);
        }
        o.addProperty("type", p.type());
        o.addProperty("operation", p.operation().name());
        return o;
    }

    public static JsonArray list(Iterable<Partition> partitions) {
        JsonArray a = new JsonArray();
        for (Partition p : partitions) {
            a.add(of(p));
        }
        return a;
    }
}
