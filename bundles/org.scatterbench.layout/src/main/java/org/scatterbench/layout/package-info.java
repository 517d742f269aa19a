/**
 * Partition tables, the current-vs-new layout diff and the keep-data planner. The work is in the
 * sub-packages: {@code table} (GPT, MBR/EBR, PMT codecs), {@code diff} ({@code LayoutDiff}) and
 * {@code plan} ({@code Planner}, {@code FlashPlan}).
 */
package org.scatterbench.layout;
