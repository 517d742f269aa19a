package org.scatterbench.ui.download;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.ui.UiServices;
import org.scatterbench.ui.flash.FlashLauncher;
import org.scatterbench.ui.flash.FlashRun;
import org.scatterbench.ui.layouts.LayoutFiles;
import org.scatterbench.ui.prefs.WorkbenchPreferences;

/**
 * The Download view, laid out like SP Flash Tool's Download tab (Download-Agent and scatter-loading
 * file at the top, the partition table below) plus what it lacks: the planner's verdict per
 * partition, mode presets that explain themselves, a summary, and a Start that a refused plan
 * cannot press. Reading and planning run in Jobs; the UI thread only shows results.
 */
public final class DownloadView extends ViewPart {

    public static final String ID = "org.scatterbench.ui.views.download";
    /** Family of this view's planning jobs: a new plan cancels the previous one. */
    private final Object planFamily = new Object();

    private FileField daField;
    private FileField scatterField;
    private FileField currentField;
    private Text portText;
    private Label explanation;
    private Label summary;
    private Label blocker;
    private Button start;
    private Button stop;
    private PartitionTable table;
    private Button[] modeButtons;

    private DownloadSelection selection;
    private FlashPlan plan;
    private Path scatterFile;
    private FlashLauncher launcher;

    @Override
    public void createPartControl(Composite parent) {
        launcher = new FlashLauncher(UiServices.protocolLog());
        parent.setLayout(new GridLayout(1, false));
        Composite files = new Composite(parent, SWT.NONE);
        files.setLayout(new GridLayout(3, false));
        files.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        WorkbenchPreferences prefs = new WorkbenchPreferences();
        daField = new FileField(files, "&Download-Agent:", "MTK_AllInOne_DA.bin", p -> updateStartState());
        daField.text().addListener(SWT.Modify, e -> updateStartState());
        prefs.daFile().ifPresent(p -> daField.set(p.toString()));
        scatterField = new FileField(files, "&Scatter-loading File:", "MT6765_Android_scatter.txt", this::setScatterFile);
        currentField = new FileField(files, "&Current layout:",
                "the phone's table, an old scatter or a dump (empty: assume the layout is unchanged)",
                this::setCurrentLayoutFile);
        new Label(files, SWT.NONE).setText("&Port:");
        portText = new Text(files, SWT.BORDER);
        portText.setText(prefs.defaultPort());
        portText.setMessage("select a phone in the Device view");
        portText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        portText.addListener(SWT.Modify, e -> updateStartState());

        createModeGroup(parent);
        table = new PartitionTable(parent, this::ticked);
        table.viewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite bottom = new Composite(parent, SWT.NONE);
        bottom.setLayout(new GridLayout(3, false));
        bottom.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        summary = new Label(bottom, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        start = new Button(bottom, SWT.PUSH);
        start.setText("  &Start  ");
        start.addListener(SWT.Selection, e -> start());
        stop = new Button(bottom, SWT.PUSH);
        stop.setText("  S&top  ");
        stop.addListener(SWT.Selection, e -> launcher.cancel());
        blocker = new Label(bottom, SWT.WRAP);
        blocker.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        updateStartState();
    }

    private void createModeGroup(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText("Mode");
        group.setLayout(new GridLayout(ModePreset.ALL.size(), false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        modeButtons = new Button[ModePreset.ALL.size()];
        for (int i = 0; i < modeButtons.length; i++) {
            ModePreset preset = ModePreset.ALL.get(i);
            Button b = new Button(group, SWT.RADIO);
            b.setText(preset.label());
            b.setData(preset.mode());
            b.setSelection(preset.mode() == PlanMode.KEEP_DATA);
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    selectMode(preset.mode());
                }
            });
            modeButtons[i] = b;
        }
        explanation = new Label(group, SWT.WRAP);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, modeButtons.length, 1);
        gd.widthHint = 600;
        explanation.setLayoutData(gd);
        explanation.setText(ModePreset.of(PlanMode.KEEP_DATA).explanation());
    }

    /** Loads the scatter-loading file (a Job) and plans against the current layout. */
    public void setScatterFile(Path file) {
        scatterFile = file;
        scatterField.set(file.toString());
        // forget the previous ROM at once: a late plan for it must not show under the new file
        selection = null;
        plan = null;
        updateStartState();
        summary.setText("Reading " + file.getFileName() + "...");
        Path current = currentField.text().getText().isBlank() ? null : Path.of(currentField.text().getText().trim());
        PlanMode mode = selectedMode();
        Job job = Job.create("Reading " + file.getFileName(), monitor -> {
            try {
                // the file Start would flash from: refused, with the error's line, when it has errors
                Layout next = ScatterFiles.layoutToFlash(file);
                Layout now = current == null ? next : LayoutFiles.read(current);
                DownloadSelection s = DownloadSelection.of(next, now, Optional.ofNullable(file.getParent()), mode);
                // a slower read of a file chosen earlier must not replace the one chosen since
                ui(() -> {
                    if (file.equals(scatterFile)) {
                        replan(s);
                    }
                });
            } catch (Exception e) {
                ui(() -> {
                    if (file.equals(scatterFile)) {
                        showError(e.getMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** The phone's current layout from a file (old scatter, dump); re-plans. */
    public void setCurrentLayoutFile(Path file) {
        currentField.set(file.toString());
        Job job = Job.create("Reading " + file.getFileName(), monitor -> {
            try {
                Layout now = LayoutFiles.read(file);
                ui(() -> {
                    if (selection != null && currentField.text().getText().equals(file.toString())) {
                        replan(selection.withCurrent(now));
                    }
                });
            } catch (Exception e) {
                ui(() -> {
                    if (currentField.text().getText().equals(file.toString())) {
                        showError(e.getMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Forgets the current-layout file: the phone's own table is read when the flash starts. */
    public void clearCurrentLayout() {
        currentField.set("");
        if (selection != null) {
            replan(selection.withCurrent(selection.next()));
        }
    }

    public void setPort(String portSpec) {
        portText.setText(portSpec);
    }

    public void selectMode(PlanMode mode) {
        for (Button b : modeButtons) {
            b.setSelection(b.getData() == mode);
        }
        explanation.setText(ModePreset.of(mode).explanation());
        explanation.getParent().layout();
        if (selection != null) {
            replan(selection.withMode(mode));
        }
    }

    private PlanMode selectedMode() {
        for (Button b : modeButtons) {
            if (b.getSelection()) {
                return (PlanMode) b.getData();
            }
        }
        return PlanMode.KEEP_DATA;
    }

    private void ticked(PartitionRow row, boolean checked) {
        if (selection != null) {
            replan(selection.ticked(row.name(), checked));
        }
    }

    private void replan(DownloadSelection s) {
        selection = s;
        // the plan on screen is for the previous choice: Start waits for the new one
        plan = null;
        updateStartState();
        Job.getJobManager().cancel(planFamily);
        Job job = new Job("Planning the download") {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                FlashPlan p;
                try {
                    p = s.plan();
                } catch (RuntimeException e) {
                    ui(() -> showError("The planner failed: " + e));
                    return Status.error("Planning failed", e);
                }
                ui(() -> {
                    if (selection == s) {
                        show(p);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == planFamily;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void show(FlashPlan p) {
        plan = p;
        List<PartitionRow> rows = selection.next().partitions().stream()
                .map(part -> new PartitionRow(part,
                        part.fileName().flatMap(f -> selection.romFolder().map(d -> d.resolve(f))),
                        p.verdictOf(part.name())))
                .toList();
        table.show(rows);
        summary.setText(PlanSummary.of(p));
        updateStartState();
    }

    private void showError(String message) {
        plan = null;
        table.show(List.of());
        summary.setText(message);
        updateStartState();
    }

    private void updateStartState() {
        if (start == null || start.isDisposed()) {
            return;
        }
        Optional<String> why = FlashAvailability.blocker(plan, daField.text().getText(), portText.getText(),
                launcher.isRunning());
        start.setEnabled(why.isEmpty());
        stop.setEnabled(launcher.isRunning());
        blocker.setText(why.orElseGet(() -> "Ready: " + plan.steps().size() + " steps on " + portText.getText()));
        blocker.getParent().layout();
    }

    /** Starts the flash if nothing blocks it; otherwise the reason is already shown beside the button. */
    public void start() {
        if (FlashAvailability.blocker(plan, daField.text().getText(), portText.getText(), launcher.isRunning())
                .isPresent()) {
            return;
        }
        launcher.start(flashSettings(portText.getText().trim()), getSite(), () -> ui(this::updateStartState));
        updateStartState();
    }

    /**
     * Why this view's current choices cannot be flashed on {@code portSpec} (no ROM, no DA, a
     * refused or empty plan), or empty. A flash of this view's own Start does not block it: the
     * port rules keep two flashes of one phone apart.
     */
    public Optional<String> flashBlocker(String portSpec) {
        return FlashAvailability.blocker(plan, daField.text().getText(), portSpec, false);
    }

    /**
     * This view's choices (DA, ROM, mode, ticks, current layout) for a flash on {@code portSpec};
     * the rest comes from the preferences when the flash starts. Only when {@link #flashBlocker}
     * is empty.
     */
    public FlashRun.Settings flashSettings(String portSpec) {
        if (flashBlocker(portSpec).isPresent()) {
            throw new IllegalStateException("nothing to flash: " + flashBlocker(portSpec).get());
        }
        return new FlashRun.Settings(Path.of(daField.text().getText().trim()), portSpec, selection,
                !currentField.text().getText().isBlank(), null, null, false, Optional.empty(), Optional.empty());
    }

    private void ui(Runnable r) {
        if (start == null || start.isDisposed()) {
            return;
        }
        start.getDisplay().asyncExec(() -> {
            if (!start.isDisposed()) {
                r.run();
            }
        });
    }

    // accessors for tests and handlers
    public PartitionTable table() {
        return table;
    }

    public FlashPlan currentPlan() {
        return plan;
    }

    public String summaryText() {
        return summary.getText();
    }

    public String startBlockerText() {
        return blocker.getText();
    }

    public Button startButton() {
        return start;
    }

    public Button modeButton(PlanMode mode) {
        for (Button b : modeButtons) {
            if (b.getData() == mode) {
                return b;
            }
        }
        throw new IllegalArgumentException(mode.toString());
    }

    public String portSpec() {
        return portText.getText();
    }

    public FlashLauncher launcher() {
        return launcher;
    }

    /** The new ROM's layout once read, for the virtual phone to be made with a matching table. */
    public Optional<Layout> nextLayout() {
        return selection == null ? Optional.empty() : Optional.of(selection.next());
    }

    /** Fills the Download-Agent and port fields for a virtual phone. */
    public void useDevice(String portSpec, Path daFile) {
        daField.set(daFile.toString());
        setPort(portSpec);
    }

    public Optional<Path> scatterFile() {
        return Optional.ofNullable(scatterFile);
    }

    /** The Download-Agent file chosen in this view, or empty when its field is blank. */
    public Optional<Path> daFile() {
        String text = daField.text().getText().trim();
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
