/** {@code scatterbench emulator}: serve a virtual MediaTek phone, and make DA files, phone images and ROMs for it. */
package org.scatterbench.cli.emulator;
