/** The JSON shapes scripts rely on; one class per shape so every command prints the same objects. */
package org.scatterbench.cli.json;
