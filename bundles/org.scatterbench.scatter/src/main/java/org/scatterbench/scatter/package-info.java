/**
 * Scatter files of every generation: {@link org.scatterbench.scatter.ScatterFiles} reads them into a
 * lossless {@link org.scatterbench.scatter.ScatterDocument} (layouts, edits, byte-exact writing),
 * {@link org.scatterbench.scatter.ScatterValidator} explains their problems and
 * {@link org.scatterbench.scatter.ScatterConverter} converts between V1.x, V2.x and XML.
 */
package org.scatterbench.scatter;
