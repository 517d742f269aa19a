package org.scatterbench.ui.about;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

/** The Installed Plug-ins view: the plug-ins of the About dialog and the chip drivers and transports they contribute. */
public final class PluginsView extends ViewPart {

    public static final String ID = "org.scatterbench.ui.views.plugins";

    private InstalledPluginsTable table;
    private ContributionsTable contributions;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        table = new InstalledPluginsTable(sash);
        table.setInput(InstalledPlugin.list(FrameworkUtil.getBundle(getClass()).getBundleContext()));
        contributions = new ContributionsTable(sash);
        contributions.setInput(Contribution.installed());
    }

    /** For tests: the chip drivers and transports shown. */
    public ContributionsTable contributions() {
        return contributions;
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
