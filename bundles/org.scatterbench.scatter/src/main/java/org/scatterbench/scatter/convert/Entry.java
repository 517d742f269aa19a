package org.scatterbench.scatter.convert;

/** One field to write: a name and its decoded value. */
public record Entry(String key, String value) {
}
