/**
 * A layout diff and its flash plan as text for a ticket or a forum post (Markdown, HTML): written
 * here, in plain Java, so the CLI's {@code layout diff --markdown/--html} and the workbench's Export
 * give the same report.
 */
package org.scatterbench.layout.report;
