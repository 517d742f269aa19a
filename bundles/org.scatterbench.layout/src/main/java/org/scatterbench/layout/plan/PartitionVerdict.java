package org.scatterbench.layout.plan;

import java.util.Objects;

/** What a plan does to one partition, and why, in words a non-expert can act on. */
public record PartitionVerdict(String name, Verdict verdict, String reason) {

    public PartitionVerdict {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
    }
}
