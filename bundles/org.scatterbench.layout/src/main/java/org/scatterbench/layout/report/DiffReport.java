package org.scatterbench.layout.report;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanStep;

/**
 * The diff and the plan as a report for a ticket or a forum post, in Markdown or HTML. Every word
 * of judgement (changes, verdicts, reasons, steps) comes from the LayoutDiff and the FlashPlan; the CLI
 * ({@code layout diff --markdown/--html}) and the workbench's Export both write this text.
 */
public final class DiffReport {

    private final LayoutDiff diff;
    private final FlashPlan plan;
    private final List<DiffRow> rows;

    public DiffReport(LayoutDiff diff, FlashPlan plan) {
        this.diff = diff;
        this.plan = plan;
        this.rows = DiffRow.of(diff, plan);
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Layout diff: ").append(md(diff.current().source())).append(" → ")
                .append(md(diff.next().source())).append("\n\n");
        sb.append(planLine()).append("\n\n");
        if (plan.refused()) {
            sb.append("## Why the plan is refused\n\n");
            plan.reasons().forEach(r -> sb.append("- ").append(md(r)).append('\n'));
            sb.append('\n');
        }
        sb.append("## Partitions\n\n| ").append(String.join(" | ", header())).append(" |\n|");
        header().forEach(h -> sb.append("---|"));
        sb.append('\n');
        for (DiffRow r : rows) {
            sb.append("| ").append(String.join(" | ", cells(r).stream().map(DiffReport::md).toList())).append(" |\n");
        }
        if (!plan.steps().isEmpty()) {
            sb.append("\n## Steps\n\n");
            int i = 1;
            for (PlanStep s : plan.steps()) {
                sb.append(i++).append(". ").append(md(s.description())).append('\n');
            }
        }
        return sb.toString();
    }

    public String html() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Layout diff</title>"
                + "<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;font-family:monospace}"
                + ".moved{background:#ffec99}.resized{background:#ffcc99}.moved-and-resized{background:#ffaa78}"
                + ".added{background:#beebbe}.removed{background:#f5b4b4}</style></head><body>\n");
        sb.append("<h1>Layout diff: ").append(esc(diff.current().source())).append(" &rarr; ")
                .append(esc(diff.next().source())).append("</h1>\n<p>").append(esc(planLine())).append("</p>\n");
        if (plan.refused()) {
            sb.append("<h2>Why the plan is refused</h2>\n<ul>\n");
            plan.reasons().forEach(r -> sb.append("<li>").append(esc(r)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("<h2>Partitions</h2>\n<table>\n<tr>");
        header().forEach(h -> sb.append("<th>").append(esc(h)).append("</th>"));
        sb.append("</tr>\n");
        for (DiffRow r : rows) {
            sb.append("<tr class=\"").append(r.change().jsonName()).append("\">");
            cells(r).forEach(c -> sb.append("<td>").append(esc(c)).append("</td>"));
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        if (!plan.steps().isEmpty()) {
            sb.append("<h2>Steps</h2>\n<ol>\n");
            plan.steps().forEach(s -> sb.append("<li>").append(esc(s.description())).append("</li>\n"));
            sb.append("</ol>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private String planLine() {
        return "Mode " + plan.mode().cliName() + ": "
                + (plan.refused() ? "refused, nothing would be written." : plan.steps().size() + " steps.");
    }

    private static List<String> header() {
        return List.of("Partition", "Region", "Current start", "Current size", "New start", "New size", "Change",
                "Verdict", "Reason");
    }

    private static List<String> cells(DiffRow r) {
        List<String> c = new ArrayList<>();
        c.add(r.name());
        c.add(r.region());
        c.add(r.currentStart());
        c.add(r.currentSize());
        c.add(r.nextStart());
        c.add(r.nextSize());
        c.add(r.changeText());
        c.add(r.verdictText());
        c.add(r.reason());
        return c;
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
