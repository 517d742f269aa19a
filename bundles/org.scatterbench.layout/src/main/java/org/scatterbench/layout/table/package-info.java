/**
 * Partition-table codecs: GPT (protective MBR, primary and backup, CRC32 checked and written), the
 * DOS MBR + EBR chain of the MT6575..MT6592 era and MediaTek's PMT records. Reading turns a disk
 * into a Layout; writing turns a Layout into (range, bytes) writes that the flash engine's
 * write-table step and the emulator's image maker share.
 */
package org.scatterbench.layout.table;
