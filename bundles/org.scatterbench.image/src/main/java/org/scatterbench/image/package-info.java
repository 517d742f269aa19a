/**
 * Image sources: the bytes Scatterbench writes to a partition or checks against it. A source is a
 * raw file or an Android sparse image; both are seen as their expanded content, streamed as
 * extents so that a multi-GiB image never has to sit in memory or in a temp file.
 * Entry points: {@link org.scatterbench.image.ImageFiles} for quick questions about a file and
 * {@link org.scatterbench.image.ImageSource} for streaming.
 */
package org.scatterbench.image;
