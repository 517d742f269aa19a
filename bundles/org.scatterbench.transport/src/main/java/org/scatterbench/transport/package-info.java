/**
 * The byte-pipe SPI every device connection goes through (serial, USB, TCP, in-memory), the
 * {@code org.scatterbench.transport.drivers} extension point and its registry.
 */
package org.scatterbench.transport;
