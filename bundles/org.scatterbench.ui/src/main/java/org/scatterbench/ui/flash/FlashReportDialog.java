package org.scatterbench.ui.flash;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.scatterbench.flash.op.FlashReport;

/** The final report of a flash: how it ended in one line, what completed and what did not, and the full log. */
public final class FlashReportDialog extends Dialog {

    private final FlashReport report;

    public FlashReportDialog(Shell parent, FlashReport report) {
        super(parent);
        this.report = report;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Flash " + report.outcome().name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label headline = new Label(area, SWT.WRAP);
        headline.setText(report.summary());
        GridDataFactory.fillDefaults().grab(true, false).hint(720, SWT.DEFAULT).applyTo(headline);
        Text log = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        log.setFont(JFaceResources.getTextFont());
        log.setText(String.join("\n", report.log()));
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 300).applyTo(log);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    public FlashReport report() {
        return report;
    }
}
