/** {@code scatterbench scatter ...}: show, validate, format and convert scatter files. */
package org.scatterbench.cli.scatter;
