/** Performance measurements of the scatter readers and validator, for the {@code bench} command. */
package org.scatterbench.scatter.bench;
