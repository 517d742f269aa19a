/** Throughput benchmark of the transports, and the socat pty pair it and the serial tests use. */
package org.scatterbench.transport.bench;
