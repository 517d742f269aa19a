/** The phone's end of a session's line, with byte-level fault injection. */
package org.scatterbench.emulator.wire;
