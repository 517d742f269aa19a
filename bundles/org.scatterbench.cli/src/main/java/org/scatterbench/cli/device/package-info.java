/** {@code scatterbench device ...}: listing connected phones through the transport registry. */
package org.scatterbench.cli.device;
