package org.scatterbench.layout.ui.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.report.DiffReport;
import org.scatterbench.layout.ui.map.StorageMap;
import org.scatterbench.layout.ui.map.StorageMapModel;
import org.scatterbench.model.Layout;
import org.scatterbench.ui.device.PhoneTableJob;
import org.scatterbench.ui.device.PhoneTableReader;
import org.scatterbench.ui.layouts.LayoutFiles;

/**
 * The Layout Diff view: what the phone holds now against what the new ROM brings, aligned by
 * partition name, with the planner's verdict and reason per row, and the storage map below. The
 * current side is an old scatter, a dump, or the table read from the phone chosen in the Download view.
 */
public final class LayoutDiffView extends ViewPart {

    public static final String ID = "org.scatterbench.layout.ui.views.diff";

    private Text currentPath;
    private Text nextPath;
    private Combo mode;
    private Label status;
    private DiffTable table;
    private StorageMap map;
    private ScrolledComposite mapScroll;
    private Button fromPhone;
    private Layout current;
    private Layout next;
    /** Counts requests for the current side: a phone read answers only if no later request came. */
    private int currentRequests;
    private DiffInputs.Result result;
    private long lastComputeMillis;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(4, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        currentPath = sideRow(top, "&Current (phone):", true);
        nextPath = sideRow(top, "&New ROM:", false);
        new Label(top, SWT.NONE).setText("&Mode:");
        mode = new Combo(top, SWT.READ_ONLY);
        for (PlanMode m : PlanMode.values()) {
            mode.add(m.cliName());
        }
        mode.select(0);
        mode.addListener(SWT.Selection, e -> recompute());
        Button export = new Button(top, SWT.PUSH);
        export.setText("&Export report...");
        export.addListener(SWT.Selection, e -> exportInteractive());
        new Label(top, SWT.NONE);
        status = new Label(top, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        statusData.widthHint = 400;
        status.setLayoutData(statusData);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new DiffTable(sash);
        mapScroll = new ScrolledComposite(sash, SWT.V_SCROLL);
        map = new StorageMap(mapScroll);
        mapScroll.setContent(map.control());
        mapScroll.setExpandHorizontal(true);
        mapScroll.setExpandVertical(true);
        mapScroll.addListener(SWT.Resize, e -> sizeMap());
        sash.setWeights(3, 2);
    }

    private Text sideRow(Composite top, String label, boolean isCurrent) {
        new Label(top, SWT.NONE).setText(label);
        Text path = new Text(top, SWT.BORDER | SWT.READ_ONLY);
        path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button open = new Button(top, SWT.PUSH);
        open.setText("Open...");
        open.setToolTipText("A scatter file or a partition-table dump (GPT, MBR/EBR, PMT)");
        open.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(top.getShell(), SWT.OPEN);
            String f = d.open();
            if (f != null) {
                load(Path.of(f), isCurrent);
            }
        });
        Button device = new Button(top, SWT.PUSH);
        device.setText("From phone");
        if (isCurrent) {
            device.setToolTipText(PhoneSource.TOOLTIP);
            device.addListener(SWT.Selection, e -> readFromPhone());
            fromPhone = device;
        } else {
            device.setEnabled(false);
            device.setToolTipText("The new side comes from a ROM: open its scatter file");
        }
        return path;
    }

    /** Reads one side from a file in a Job (scatter or dump), then recomputes. */
    public void load(Path file, boolean isCurrent) {
        if (isCurrent) {
            currentRequests++;
        }
        (isCurrent ? currentPath : nextPath).setText(file.toString());
        Job job = Job.create("Reading " + file.getFileName(), monitor -> {
            try {
                Layout l = LayoutFiles.read(file);
                ui(() -> {
                    if (isCurrent) {
                        current = l;
                    } else {
                        next = l;
                    }
                    recompute();
                });
            } catch (IOException | RuntimeException e) {
                ui(() -> status.setText(e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Both sides at once, for callers that already hold layouts (the Download view, tests). */
    public void setLayouts(Layout currentLayout, Layout nextLayout) {
        currentRequests++;
        current = currentLayout;
        next = nextLayout;
        currentPath.setText(currentLayout.source());
        nextPath.setText(nextLayout.source());
        recompute();
    }

    /**
     * Reads the current side from the phone chosen in the Download view, in a cancellable Job; the
     * status line says what to do when no phone is chosen and why a read failed. Only a successful
     * read replaces the current side.
     *
     * @return the started job, or null when none was started
     */
    public PhoneTableJob readFromPhone() {
        Optional<PhoneTableReader.Request> chosen = PhoneSource.chosen(getSite().getPage());
        if (chosen.isEmpty()) {
            status.setText(PhoneSource.NO_PHONE);
            return null;
        }
        String port = chosen.get().port();
        int request = ++currentRequests;
        PhoneTableJob job = new PhoneTableJob(chosen.get(), outcome -> ui(() -> {
            fromPhone.setEnabled(true);
            if (request == currentRequests) {
                showPhoneOutcome(port, outcome);
            }
        }));
        fromPhone.setEnabled(false);
        status.setText(PhoneSource.reading(port));
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
        return job;
    }

    private void showPhoneOutcome(String port, PhoneTableJob.Outcome outcome) {
        if (outcome instanceof PhoneTableJob.Read read) {
            current = read.layout();
            currentPath.setText(PhoneSource.sourceText(port));
            recompute();
        } else if (outcome instanceof PhoneTableJob.Failed failed) {
            status.setText(PhoneSource.failed(port, failed.message()));
        } else {
            status.setText(PhoneSource.cancelled(port));
        }
        status.getParent().getParent().layout(true, true);
    }

    public void setMode(PlanMode m) {
        mode.select(m.ordinal());
        recompute();
    }

    private void recompute() {
        if (current == null || next == null) {
            status.setText(current == null ? "Open the phone's current layout." : "Open the new ROM's scatter file.");
            return;
        }
        DiffInputs inputs = new DiffInputs(current, next, PlanMode.values()[mode.getSelectionIndex()]);
        status.setText("Comparing...");
        Job job = Job.create("Comparing layouts", monitor -> {
            long t0 = System.nanoTime();
            DiffInputs.Result r;
            try {
                r = inputs.compute();
            } catch (RuntimeException e) {
                // a planner bug must not take the view down: say what failed, keep the old result
                ui(() -> status.setText("The planner failed on these layouts: " + e));
                return Status.error("Comparing layouts failed", e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            ui(() -> {
                if (inputs.current() == current && inputs.next() == next) {
                    lastComputeMillis = ms;
                    show(r);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(DiffInputs.Result r) {
        result = r;
        table.show(DiffRow.of(r.diff(), r.plan()));
        map.show(StorageMapModel.of(r.diff(), r.plan()));
        sizeMap();
        long changed = r.diff().layoutChanges().size();
        status.setText(changed + " partitions moved or resized; plan " + r.plan().mode().cliName() + ": "
                + (r.plan().refused() ? "REFUSED: " + firstReason(r.plan().reasons())
                        : r.plan().steps().size() + " steps"));
        status.setToolTipText(String.join("\n\n", r.plan().reasons()));
        status.getParent().getParent().layout(true, true);
    }

    /** The first reason in full, the others counted: each reason is a paragraph, the rows say the rest. */
    static String firstReason(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "";
        }
        return reasons.get(0) + (reasons.size() > 1 ? " (+" + (reasons.size() - 1) + " more: see the Reason column)" : "");
    }

    private void sizeMap() {
        mapScroll.setMinSize(map.preferredSize());
    }

    private void exportInteractive() {
        if (result == null) {
            MessageDialog.openInformation(getSite().getShell(), "Export", "Open both layouts first.");
            return;
        }
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.md", "*.html" });
        d.setFileName("layout-diff.md");
        d.setOverwrite(true);
        String f = d.open();
        if (f != null) {
            try {
                export(Path.of(f));
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Export", f + ": cannot write: " + e.getMessage());
            }
        }
    }

    /** Writes the report; HTML when the name ends in .html or .htm, Markdown otherwise. */
    public void export(Path file) throws IOException {
        DiffReport report = new DiffReport(result.diff(), result.plan());
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = name.endsWith(".html") || name.endsWith(".htm") ? report.html() : report.markdown();
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void ui(Runnable r) {
        if (table.viewer().getControl().isDisposed()) {
            return;
        }
        table.viewer().getControl().getDisplay().asyncExec(() -> {
            if (!table.viewer().getControl().isDisposed()) {
                r.run();
            }
        });
    }

    // for tests and the performance measurement
    public DiffTable table() {
        return table;
    }

    public StorageMap map() {
        return map;
    }

    public DiffInputs.Result result() {
        return result;
    }

    @SuppressWarnings("unchecked")
    public List<DiffRow> rows() {
        Object input = table.viewer().getInput();
        return input == null ? List.of() : (List<DiffRow>) input;
    }

    public String statusText() {
        return status.getText();
    }

    /** What the current side's field shows: a file, or the phone it was read from. */
    public String currentSourceText() {
        return currentPath.getText();
    }

    public Layout currentLayout() {
        return current;
    }

    public long lastComputeMillis() {
        return lastComputeMillis;
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
