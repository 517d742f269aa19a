package org.scatterbench.ui.tests;

import java.io.File;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives SWT directly (SWTBot is not on Maven Central): spin the event loop until a condition
 * holds, walk widget trees, take screenshots into target/ (never into the source tree).
 */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code timeoutMs}. */
    public static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Dispatches pending events for a moment, so layouts and paints settle. */
    public static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Depth-first search of a widget tree. */
    public static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite) {
            for (Control child : ((Composite) root).getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Saves a PNG of the shell's area of the screen to the screenshots folder; returns the file. */
    public static File screenshot(Shell shell, String name) {
        String dir = System.getProperty("scatterbench.screenshots", "target/screenshots");
        File out = new File(dir, name + ".png");
        out.getParentFile().mkdirs();
        Display display = shell.getDisplay();
        Rectangle r = shell.getBounds();
        Image image = new Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(out.getAbsolutePath(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return out;
    }
}
