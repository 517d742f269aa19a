/**
 * The serial transport driver (jSerialComm): CDC-ACM ports, USB-serial adapters and ptys, raw 8N1,
 * and plain explanations of the Linux failures users hit (permissions, ModemManager, busy ports).
 */
package org.scatterbench.transport.serial;
