package org.scatterbench.ui.download;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A label, a path text and a Choose... button on one row of a 3-column grid. */
final class FileField {

    private final Text text;

    FileField(Composite parent, String label, String hint, Consumer<Path> onChoose) {
        new Label(parent, SWT.NONE).setText(label);
        text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setMessage(hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.DefaultSelection, e -> {
            if (!text.getText().isBlank()) {
                onChoose.accept(Path.of(text.getText().trim()));
            }
        });
        Button choose = new Button(parent, SWT.PUSH);
        choose.setText("Choose...");
        choose.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(parent.getShell(), SWT.OPEN);
            d.setText(label.replace("&", "").replace(":", ""));
            String chosen = d.open();
            if (chosen != null) {
                text.setText(chosen);
                onChoose.accept(Path.of(chosen));
            }
        });
    }

    Text text() {
        return text;
    }

    void set(String value) {
        text.setText(value);
    }
}
