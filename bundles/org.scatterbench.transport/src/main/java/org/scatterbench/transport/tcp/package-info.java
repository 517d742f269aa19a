/** The loopback-only TCP transport ({@code tcp://127.0.0.1:PORT}) that reaches the emulator. */
package org.scatterbench.transport.tcp;
