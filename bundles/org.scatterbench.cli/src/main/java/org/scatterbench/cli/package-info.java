/** The headless application behind {@code ./scatterbench <command>}: picocli commands over the core bundles. */
package org.scatterbench.cli;
