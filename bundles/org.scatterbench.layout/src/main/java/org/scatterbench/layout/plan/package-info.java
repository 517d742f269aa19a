/**
 * The planner: from the current layout, the new one and a mode, an ordered FlashPlan with a
 * verdict per partition, or a refusal that explains what would be lost and what to do instead.
 * Every path that leads to a device write goes through the protected-range check of this package.
 */
package org.scatterbench.layout.plan;
