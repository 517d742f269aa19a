/**
 * Several phones at once, as a service line flashes them: each phone its own Job on its own
 * {@link org.scatterbench.flash.op.DeviceRule}, its own transport, session and run report. A
 * phone that fails ends only its own job.
 */
package org.scatterbench.flash.multi;
