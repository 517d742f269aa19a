/**
 * Backups of a phone into a ROM folder (scatter + images + SHA-256 manifest) that Scatterbench
 * can flash back, restores from such a folder, and the calibration backup a keep-data or
 * firmware-upgrade flash takes first.
 */
package org.scatterbench.flash.backup;
