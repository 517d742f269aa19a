package org.scatterbench.ui.about;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

/** The Installed Plug-ins view: the same list as the About dialog, kept open beside the work. */
public final class PluginsView extends ViewPart {

    public static final String ID = "org.scatterbench.ui.views.plugins";

    private InstalledPluginsTable table;

    @Override
    public void createPartControl(Composite parent) {
        table = new InstalledPluginsTable(parent);
        table.setInput(InstalledPlugin.list(FrameworkUtil.getBundle(getClass()).getBundleContext()));
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
