package org.scatterbench.ui.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.model.Layout;
import org.scatterbench.ui.UiServices;
import org.scatterbench.flash.op.DeviceJob;
import org.scatterbench.ui.download.DownloadView;
import org.scatterbench.ui.flash.FlashJobs;
import org.scatterbench.ui.flash.FlashRun;
import org.scatterbench.ui.flash.MultiFlash;
import org.scatterbench.ui.prefs.WorkbenchPreferences;
import org.scatterbench.ui.widgets.TextColumns;

/**
 * Detected ports and devices, the one-click virtual phone, and flashing several phones at once
 * (one Job per phone) with each row's progress. Scans run as system Jobs.
 */
public final class DeviceView extends ViewPart {

    public static final String ID = "org.scatterbench.ui.views.device";

    private TableViewer viewer;
    private Label status;
    private Button virtualPhone;
    private TransportRegistry registry;
    private VirtualPhoneHost phones;
    private final PhoneProgress progress = new PhoneProgress();
    private ThrottledRefresh progressRefresh;
    private final Runnable progressListener = () -> progressRefresh.request();
    private MultiFlash multiFlash;
    private List<DeviceJob> lastFlash = List.of();

    @Override
    public void createPartControl(Composite parent) {
        registry = TransportRegistry.standard();
        phones = UiServices.virtualPhones();
        multiFlash = new MultiFlash(new FlashJobs(UiServices.protocolLog()));
        parent.setLayout(new GridLayout(4, false));
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText("&Refresh");
        refresh.addListener(SWT.Selection, e -> refresh());
        virtualPhone = new Button(parent, SWT.PUSH);
        virtualPhone.setText("Start &virtual phone");
        virtualPhone.setToolTipText("Starts an emulated MT6765 on a loopback TCP port of this machine");
        virtualPhone.addListener(SWT.Selection, e -> startVirtualPhone());
        Button identify = new Button(parent, SWT.PUSH);
        identify.setText("&Identify");
        identify.setToolTipText("Asks the selected phone for its chip and target config (writes nothing)");
        identify.addListener(SWT.Selection, e -> identifySelected());
        Button flash = new Button(parent, SWT.PUSH);
        flash.setText("&Flash selected");
        flash.setToolTipText("Flashes the Download view's ROM and mode on every selected phone at once, each in its own job");
        flash.addListener(SWT.Selection, e -> flashSelected());
        viewer = new TableViewer(parent, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns<DeviceRow> columns = TextColumns.of(viewer, DeviceRow.class);
        columns.add("Port", 170, DeviceRow::portSpec);
        columns.add("Kind", 105, DeviceRow::kind);
        columns.add("Mode", 110, DeviceRow::mode);
        columns.add("Progress", 300, row -> progress.text(row.portSpec()));
        columns.add("Details", 360, DeviceRow::details);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        progressRefresh = new ThrottledRefresh(viewer.getControl(), 100, viewer::refresh);
        progress.addListener(progressListener);
        viewer.addSelectionChangedListener(e -> showProgressOfSelection());
        refresh();
    }

    /**
     * Starts a virtual phone in a Job and lists it when it listens. When the Download view has a
     * ROM loaded, the phone gets that ROM's partition table and the Download view its port and DA.
     */
    public Job startVirtualPhone() {
        virtualPhone.setEnabled(false);
        status.setText("Starting a virtual phone...");
        DownloadView download = (DownloadView) getSite().getPage().findView(DownloadView.ID);
        Optional<Layout> layout = download == null ? Optional.empty() : download.nextLayout();
        Job job = Job.create("Starting a virtual phone", monitor -> {
            try {
                VirtualPhoneHost.RunningPhone p = phones.start(layout);
                asyncUi(() -> {
                    status.setText("Virtual phone listening on " + p.portSpec() + " (" + p.table() + ")");
                    // the Download view may have been closed while the phone started
                    DownloadView open = (DownloadView) getSite().getPage().findView(DownloadView.ID);
                    if (open != null) {
                        open.useDevice(p.portSpec(), p.daFile());
                    }
                });
            } catch (Exception e) {
                asyncUi(() -> status.setText("Could not start a virtual phone: " + e.getMessage()));
            } finally {
                asyncUi(() -> virtualPhone.setEnabled(true));
            }
            refreshNow();
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Identifies the selected phone in a Job and shows what it said in its row. */
    public void identifySelected() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (!(selected instanceof DeviceRow row) || row.portSpec().isEmpty()) {
            status.setText("Select a phone first.");
            return;
        }
        status.setText("Asking " + row.portSpec() + "...");
        Duration timeout = Duration.ofMillis(new WorkbenchPreferences().readTimeoutMillis());
        Job job = Job.create("Identifying " + row.portSpec(), monitor -> {
            DeviceRow answer = new DeviceIdentify(registry).identify(row, timeout);
            asyncUi(() -> {
                List<DeviceRow> rows = new ArrayList<>(rows());
                int i = rows.indexOf(row);
                if (i >= 0) {
                    rows.set(i, answer);
                    viewer.setInput(rows);
                }
                status.setText(answer.portSpec() + ": " + answer.mode());
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /**
     * Flashes the Download view's ROM, mode and DA on every selected phone, one Job each, all at
     * once; explains in the status line instead when there is nothing to start.
     *
     * @return the started jobs (empty when nothing started)
     */
    public List<DeviceJob> flashSelected() {
        List<?> selected = viewer.getStructuredSelection().toList();
        List<String> ports = selected.stream().filter(DeviceRow.class::isInstance).map(DeviceRow.class::cast)
                .map(DeviceRow::portSpec).filter(p -> !p.isEmpty()).distinct().toList();
        if (ports.isEmpty()) {
            status.setText("Select one or more phones first (Ctrl+click selects several).");
            return List.of();
        }
        DownloadView download = (DownloadView) getSite().getPage().findView(DownloadView.ID);
        if (download == null) {
            status.setText("Nothing started: open the Download view and choose a ROM first.");
            return List.of();
        }
        List<String> busy = ports.stream().filter(progress::isRunning).toList();
        List<String> free = ports.stream().filter(p -> !progress.isRunning(p)).toList();
        if (free.isEmpty()) {
            status.setText("Already flashing: " + String.join(", ", busy));
            return List.of();
        }
        Optional<String> why = download.flashBlocker(free.get(0));
        if (why.isPresent()) {
            status.setText("Nothing started: " + why.get());
            return List.of();
        }
        List<FlashRun.Settings> settings = free.stream().map(download::flashSettings).toList();
        lastFlash = multiFlash.start(settings, progress, summary -> asyncUi(() -> status.setText(summary)), getSite());
        status.setText("Flashing " + free.size() + (free.size() == 1 ? " phone" : " phones")
                + (busy.isEmpty() ? "" : "; already flashing, not started again: " + String.join(", ", busy)));
        viewer.refresh();
        return lastFlash;
    }

    /** A reason can be longer than its cell: one selected row's progress is repeated in full below. */
    private void showProgressOfSelection() {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (selected.size() == 1 && selected.get(0) instanceof DeviceRow row
                && !progress.text(row.portSpec()).isEmpty()) {
            status.setText(row.portSpec() + ": " + progress.text(row.portSpec()));
        }
    }

    public void refresh() {
        Job job = Job.create("Looking for phones", monitor -> {
            refreshNow();
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    public String statusText() {
        return status.getText();
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The flash state per port, as the Progress column shows it. */
    public PhoneProgress progress() {
        return progress;
    }

    /** The jobs of the last Flash selected. */
    public List<DeviceJob> lastFlashJobs() {
        return lastFlash;
    }

    /** For tests: the rows shown. */
    @SuppressWarnings("unchecked")
    public List<DeviceRow> rows() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<DeviceRow>) input;
    }

    private IStatus refreshNow() {
        List<DeviceRow> rows = new DeviceScan(registry, phones).scan();
        asyncUi(() -> viewer.setInput(rows));
        return Status.OK_STATUS;
    }

    private void asyncUi(Runnable r) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                r.run();
            }
        });
    }


    @Override
    public void dispose() {
        progress.removeListener(progressListener);
        if (registry != null) {
            registry.close();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
