/**
 * The storage-aware partition layout that every component downstream of the readers speaks:
 * regions, partitions, byte ranges and diagnostics, with exact 64-bit sizes and no file format.
 */
package org.scatterbench.model;
