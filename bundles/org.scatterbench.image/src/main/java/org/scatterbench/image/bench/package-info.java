/** Benchmarks of image streaming, printed as {@code name: value unit} lines for {@code scatterbench bench}. */
package org.scatterbench.image.bench;
