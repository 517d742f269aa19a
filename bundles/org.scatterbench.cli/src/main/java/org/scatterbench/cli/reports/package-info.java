/** {@code reports list|show}: the run reports every flash, backup and restore leaves. */
package org.scatterbench.cli.reports;
