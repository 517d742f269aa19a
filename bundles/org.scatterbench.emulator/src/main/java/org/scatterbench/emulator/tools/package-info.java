/**
 * Test material for virtual phones: synthetic DA files, phone images with real partition tables,
 * ROM folders.
 */
package org.scatterbench.emulator.tools;
