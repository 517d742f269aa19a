package org.scatterbench.ui.device;

import java.time.Duration;
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
import org.scatterbench.ui.download.DownloadView;
import org.scatterbench.ui.prefs.WorkbenchPreferences;
import org.scatterbench.ui.widgets.TextColumns;

/** Detected ports and devices, and the one-click virtual phone. Scans run as system Jobs. */
public final class DeviceView extends ViewPart {

    public static final String ID = "org.scatterbench.ui.views.device";

    private TableViewer viewer;
    private Label status;
    private Button virtualPhone;
    private TransportRegistry registry;
    private VirtualPhoneHost phones;

    @Override
    public void createPartControl(Composite parent) {
        registry = TransportRegistry.standard();
        phones = UiServices.virtualPhones();
        parent.setLayout(new GridLayout(3, false));
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
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns<DeviceRow> columns = TextColumns.of(viewer, DeviceRow.class);
        columns.add("Port", 170, DeviceRow::portSpec);
        columns.add("Kind", 90, DeviceRow::kind);
        columns.add("Mode", 110, DeviceRow::mode);
        columns.add("Details", 360, DeviceRow::details);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
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
                    if (download != null) {
                        download.useDevice(p.portSpec(), p.daFile());
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
                List<DeviceRow> rows = new java.util.ArrayList<>(rows());
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
