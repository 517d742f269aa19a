/**
 * The single-device flash sequence shared by the {@code flash} command and the workbench's Download
 * view: brick guard, current layout, plan, then (after the caller's own confirmation) the run and its
 * report. Callers open and close the device session; they keep the asking.
 */
package org.scatterbench.flash.workflow;
