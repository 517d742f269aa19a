/**
 * Run reports: what a flash, backup, restore or format did to which phone (identity, plan,
 * steps with timings and SHA-256 evidence, outcome), kept as JSON and text in a reports folder.
 */
package org.scatterbench.flash.report;
