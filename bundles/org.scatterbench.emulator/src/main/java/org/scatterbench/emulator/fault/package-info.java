/** Faults a virtual phone injects into its sessions, for reliability tests of hosts. */
package org.scatterbench.emulator.fault;
