package org.scatterbench.model;

/** How serious a {@link Diagnostic} is. ERROR blocks flashing; WARNING and INFO do not. */
public enum Severity {
    ERROR, WARNING, INFO
}
