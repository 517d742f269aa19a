/**
 * Android sparse images (libsparse format, see docs/ANDROID-IMAGES.md Part A): a validating,
 * streaming reader that never holds more than one chunk header in memory, and a writer that
 * produces RAW, FILL, DONT_CARE and CRC32 chunks for tests and tools. What the docs call the
 * {@code SparseImageReader} is {@link org.scatterbench.image.sparse.SparseImageSource} (validate,
 * size, extent map, stream) over {@link org.scatterbench.image.sparse.SparseChunkScanner} (one
 * validated chunk header at a time).
 */
package org.scatterbench.image.sparse;
