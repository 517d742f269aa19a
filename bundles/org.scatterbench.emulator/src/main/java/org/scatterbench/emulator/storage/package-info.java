/**
 * The virtual phone's eMMC: a user area served in place from an image file, boot and RPMB areas,
 * and the journal of every write and erase.
 */
package org.scatterbench.emulator.storage;
