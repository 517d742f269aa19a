package org.scatterbench.transport.registry;

/** Where the registry reports broken contributions: the platform log in OSGi, a list in plain Java. */
@FunctionalInterface
public interface ProblemLog {

    void error(String message, Throwable cause);
}
