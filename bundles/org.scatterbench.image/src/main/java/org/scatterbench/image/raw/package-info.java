/** Raw images: a file whose bytes are the partition content, one DATA extent. */
package org.scatterbench.image.raw;
