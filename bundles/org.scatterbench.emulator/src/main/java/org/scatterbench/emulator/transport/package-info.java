/** Where hosts reach a virtual phone: an in-memory pipe, a loopback TCP port, a pseudo-terminal. */
package org.scatterbench.emulator.transport;
