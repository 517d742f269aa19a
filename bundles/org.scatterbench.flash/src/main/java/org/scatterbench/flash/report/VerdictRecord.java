package org.scatterbench.flash.report;

/** What the plan said about one partition, and why. */
public record VerdictRecord(String partition, String verdict, String reason) {
}
