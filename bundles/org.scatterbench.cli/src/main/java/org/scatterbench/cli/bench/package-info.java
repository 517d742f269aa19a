/** {@code bench [--quick]}: performance figures, one {@code name: value unit} line each. */
package org.scatterbench.cli.bench;
