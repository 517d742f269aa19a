package org.scatterbench.ui.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Screenshots for the docs: the window enlarged to the screen (Xvfb has no window manager to
 * maximize it), optionally one part zoomed, rendered with {@link Control#print(GC)} so the picture
 * is the widgets' current state rather than whatever the X server last showed.
 */
public final class Shots {

    private Shots() {
    }

    public static File ofPart(IWorkbenchPart part, String name) {
        IWorkbenchPage page = Workbench.page();
        IWorkbenchPartReference ref = page.getReference(part);
        Shell shell = Workbench.window().getShell();
        Rectangle before = shell.getBounds();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
        page.activate(part);
        page.toggleZoom(ref);
        UiTestSupport.settle(1000);
        try {
            return print(shell, name);
        } finally {
            page.toggleZoom(ref);
            shell.setBounds(before);
            UiTestSupport.settle(100);
        }
    }

    public static File ofWindow(String name) {
        Shell shell = Workbench.window().getShell();
        Rectangle before = shell.getBounds();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
        UiTestSupport.settle(1000);
        try {
            return print(shell, name);
        } finally {
            shell.setBounds(before);
            UiTestSupport.settle(100);
        }
    }

    /** Renders a control (a dialog's shell, say) into target/screenshots/name.png. */
    public static File print(Control control, String name) {
        String dir = System.getProperty("scatterbench.screenshots", "target/screenshots");
        File out = new File(dir, name + ".png");
        out.getParentFile().mkdirs();
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            c.layout(true, true);
        }
        control.redraw();
        control.update();
        UiTestSupport.settle(200);
        Rectangle size = control.getBounds();
        Image image = new Image(control.getDisplay(), size.width, size.height);
        GC gc = new GC(image);
        try {
            control.print(gc);
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
