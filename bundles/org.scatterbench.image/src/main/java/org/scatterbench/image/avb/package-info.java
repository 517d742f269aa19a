/**
 * AVB footer placement (ANDROID-IMAGES.md C.2): a footer must sit in the last 64 bytes of the
 * partition, so an image with a footer that is shorter than its partition is written the way
 * fastboot's {@code copy_avb_footer} does it.
 */
package org.scatterbench.image.avb;
