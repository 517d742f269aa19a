package org.scatterbench.ui.about;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/** Help > About Scatterbench: the product version and every installed Scatterbench plug-in. */
public final class AboutScatterbenchDialog extends Dialog {

    private InstalledPluginsTable table;
    private ContributionsTable contributions;

    public AboutScatterbenchDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About Scatterbench");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label title = new Label(area, SWT.WRAP);
        title.setText("Scatterbench " + FrameworkUtil.getBundle(getClass()).getVersion()
                + "\nAn open workbench for MediaTek scatter files and flashing that keeps your data."
                + "\nJava " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        Label heading = new Label(area, SWT.NONE);
        heading.setText("Installed Scatterbench plug-ins:");
        table = new InstalledPluginsTable(area);
        GridDataFactory.fillDefaults().grab(true, true).hint(820, 320).applyTo(table.viewer().getControl());
        table.setInput(InstalledPlugin.list(FrameworkUtil.getBundle(getClass()).getBundleContext()));
        new Label(area, SWT.NONE).setText("Chip drivers and transports:");
        contributions = new ContributionsTable(area);
        GridDataFactory.fillDefaults().grab(true, true).hint(820, 200).applyTo(contributions.viewer().getControl());
        contributions.setInput(Contribution.installed());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** For tests: the chip drivers and transports once the dialog is open. */
    public ContributionsTable contributions() {
        return contributions;
    }

    /** For tests: the table of plug-ins once the dialog is open. */
    public InstalledPluginsTable table() {
        return table;
    }
}
