/** {@code scatterbench image}: what an image file is, how big it expands, what its content states. */
package org.scatterbench.cli.image;
