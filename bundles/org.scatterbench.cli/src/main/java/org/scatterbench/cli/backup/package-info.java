/** {@code backup} and {@code restore}: a phone into a ROM folder and back, each leaving a run report. */
package org.scatterbench.cli.backup;
