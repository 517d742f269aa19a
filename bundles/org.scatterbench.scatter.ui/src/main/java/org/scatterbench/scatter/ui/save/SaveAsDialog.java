package org.scatterbench.scatter.ui.save;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.scatterbench.scatter.ScatterFormat;

/** Save As: a file and a generation (the same, or one ScatterConverter can write). */
public final class SaveAsDialog extends Dialog {

    /** The generations ScatterConverter writes; the legacy ones have no sizes and are read-only. */
    public static final List<ScatterFormat> TARGETS = List.of(ScatterFormat.V1, ScatterFormat.V2, ScatterFormat.XML);

    private final Path initial;
    private final ScatterFormat current;
    private Text file;
    private Combo generation;
    private Path chosenFile;
    private ScatterFormat chosenFormat;

    public SaveAsDialog(Shell parent, Path initial, ScatterFormat current) {
        super(parent);
        this.initial = initial;
        this.current = current;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Save Scatter File As");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText("File:");
        file = new Text(area, SWT.BORDER);
        file.setText(initial.toString());
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 420;
        file.setLayoutData(gd);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setFileName(initial.getFileName().toString());
            String f = d.open();
            if (f != null) {
                file.setText(f);
            }
        });
        new Label(area, SWT.NONE).setText("Generation:");
        generation = new Combo(area, SWT.READ_ONLY);
        generation.add("Same as the file (" + current + ")");
        for (ScatterFormat f : TARGETS) {
            generation.add(f.name());
        }
        generation.select(0);
        return area;
    }

    @Override
    protected void okPressed() {
        chosenFile = Path.of(file.getText().trim());
        int i = generation.getSelectionIndex();
        chosenFormat = i <= 0 ? current : TARGETS.get(i - 1);
        super.okPressed();
    }

    public Path chosenFile() {
        return chosenFile;
    }

    public ScatterFormat chosenFormat() {
        return chosenFormat;
    }
}
