/**
 * Fit checks (ANDROID-IMAGES.md A.4, A.6, C.7): does an image fit its partition, judged by the
 * bytes it expands to and by the size its filesystem states, before anything is written.
 */
package org.scatterbench.image.fit;
