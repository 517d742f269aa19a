/**
 * Content sniffing (ANDROID-IMAGES.md C.6, C.7): what an image or partition holds, judged from
 * its first 12 KiB and last 64 bytes of expanded content, and the size its filesystem states for
 * itself, which a fit check must also respect. What the docs call {@code PartitionContentProbe}
 * is {@link org.scatterbench.image.content.ContentProbe}: {@code describe} for image files,
 * {@code probe} for any random-access bytes such as a partition read back from a device.
 */
package org.scatterbench.image.content;
