package org.scatterbench.layout.ui.map;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.scatterbench.layout.ui.diff.ChangeColours;
import org.scatterbench.model.ByteRange;

/**
 * The graphical storage map: per region, the current layout above the new one on bars drawn to
 * scale, changed partitions in the diff colours, lines from where a partition is to where it moves,
 * protected partitions outlined and the protected bytes a plan would change filled red.
 */
public final class StorageMap {

    static final int LABEL_WIDTH = 70;
    static final int BAR_HEIGHT = 22;
    static final int REGION_HEIGHT = 96;

    private final Canvas canvas;
    private List<RegionBars> bars = List.of();

    public StorageMap(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
    }

    public Canvas control() {
        return canvas;
    }

    public void show(List<RegionBars> regionBars) {
        this.bars = List.copyOf(regionBars);
        canvas.redraw();
    }

    public List<RegionBars> shown() {
        return bars;
    }

    public Point preferredSize() {
        return new Point(600, Math.max(REGION_HEIGHT, bars.size() * REGION_HEIGHT));
    }

    private void paint(GC gc) {
        int width = canvas.getClientArea().width - LABEL_WIDTH - 10;
        if (width < 50) {
            return;
        }
        int y = 4;
        for (RegionBars r : bars) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawString(r.region().name() + "  (" + human(r.extent()) + ")", 4, y, true);
            int currentY = y + 18;
            int nextY = currentY + BAR_HEIGHT + 22;
            gc.drawString("current", 4, currentY + 4, true);
            gc.drawString("new", 4, nextY + 4, true);
            drawBar(gc, r, r.current(), currentY, width);
            drawTouched(gc, r, currentY, width);
            drawBar(gc, r, r.next(), nextY, width);
            drawMoves(gc, r, currentY + BAR_HEIGHT, nextY, width);
            y += REGION_HEIGHT;
        }
    }

    private void drawBar(GC gc, RegionBars r, List<MapBox> boxes, int y, int width) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(LABEL_WIDTH, y, width, BAR_HEIGHT);
        for (MapBox b : boxes) {
            int x = x(r, b.start(), width);
            int w = Math.max(1, x(r, b.start() + b.size(), width) - x);
            Color fill = ChangeColours.of(b.change());
            gc.setBackground(fill == null ? ChangeColours.neutral() : fill);
            gc.fillRectangle(x, y, w, BAR_HEIGHT);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.setLineWidth(b.isProtected() ? 2 : 1);
            gc.drawRectangle(x, y, w, BAR_HEIGHT);
            gc.setLineWidth(1);
            Point extent = gc.stringExtent(b.name());
            if (extent.x + 4 < w) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawString(b.name(), x + 2, y + (BAR_HEIGHT - extent.y) / 2, true);
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(LABEL_WIDTH, y, width, BAR_HEIGHT);
    }

    private void drawTouched(GC gc, RegionBars r, int y, int width) {
        gc.setBackground(ChangeColours.danger());
        gc.setAlpha(170);
        for (ByteRange t : r.touchedProtected()) {
            int x = x(r, t.start(), width);
            int w = Math.max(2, x(r, t.end(), width) - x);
            gc.fillRectangle(x, y + BAR_HEIGHT / 3, w, BAR_HEIGHT / 3);
        }
        gc.setAlpha(255);
    }

    private void drawMoves(GC gc, RegionBars r, int fromY, int toY, int width) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA));
        for (MapBox c : r.current()) {
            Optional<MapBox> n = r.next().stream().filter(b -> b.name().equals(c.name())).findFirst();
            if (n.isPresent() && n.get().start() != c.start()) {
                int x1 = x(r, c.start() + c.size() / 2, width);
                int x2 = x(r, n.get().start() + n.get().size() / 2, width);
                gc.drawLine(x1, fromY, x2, toY);
            }
        }
    }

    private static int x(RegionBars r, long offset, int width) {
        if (r.extent() <= 0) {
            return LABEL_WIDTH;
        }
        return LABEL_WIDTH + (int) Math.round((double) offset / r.extent() * width);
    }

    static String human(long bytes) {
        String[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format("%.1f %s", v, units[u]);
    }
}
