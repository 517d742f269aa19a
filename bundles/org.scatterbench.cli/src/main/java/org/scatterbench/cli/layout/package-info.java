/**
 * {@code layout show}, {@code layout diff} and {@code plan}: what a device or file holds, how a new
 * ROM's layout differs from it, and what a flash in each mode would do to every partition.
 */
package org.scatterbench.cli.layout;
