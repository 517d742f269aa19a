/** The SPI a DA protocol dialect implements (contributed through org.scatterbench.flash.daProtocols). */
package org.scatterbench.flash.protocol;
