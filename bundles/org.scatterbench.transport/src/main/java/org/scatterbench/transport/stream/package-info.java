/** Transports over Java streams and in-memory pipes, with the SPI's timeout and disconnect semantics. */
package org.scatterbench.transport.stream;
