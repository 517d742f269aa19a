package org.scatterbench.ui.log;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.scatterbench.ui.UiServices;
import org.scatterbench.ui.widgets.TextColumns;

/**
 * The Log view: the protocol trace and workbench events, newest last. Updates are coalesced into
 * one refresh per display cycle so a chatty flash does not flood the UI thread.
 */
public final class LogView extends ViewPart {

    public static final String ID = "org.scatterbench.ui.views.log";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    static final int SHOWN = 1000;

    private TableViewer viewer;
    private Display display;
    private ProtocolLog log;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final Consumer<LogEntry> listener = e -> scheduleRefresh();

    @Override
    public void createPartControl(Composite parent) {
        log = UiServices.protocolLog();
        display = parent.getDisplay();
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns<LogEntry> columns = TextColumns.of(viewer, LogEntry.class);
        columns.add("Time", 100, e -> TIME.format(e.time()));
        columns.add("Level", 70, LogEntry::level);
        columns.add("Source", 220, LogEntry::source);
        columns.add("Message", 700, LogEntry::message);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(latest(log.snapshot()));
        log.addListener(listener);
        getViewSite().getActionBars().getToolBarManager().add(new Action("Clear") {
            @Override
            public void run() {
                log.clear();
                viewer.setInput(List.of());
            }
        });
    }

    /** For tests and copy: what the view currently shows. */
    public List<LogEntry> shown() {
        @SuppressWarnings("unchecked")
        List<LogEntry> input = (List<LogEntry>) viewer.getInput();
        return input;
    }

    private void scheduleRefresh() {
        if (display.isDisposed()) {
            return;
        }
        if (refreshPending.compareAndSet(false, true)) {
            display.asyncExec(() -> {
                refreshPending.set(false);
                if (!viewer.getControl().isDisposed()) {
                    List<LogEntry> all = latest(log.snapshot());
                    viewer.setInput(all);
                    if (!all.isEmpty()) {
                        viewer.reveal(all.get(all.size() - 1));
                    }
                }
            });
        }
    }

    /** The newest entries only: rebuilding a table of thousands of rows per refresh would stall a long flash. */
    private static List<LogEntry> latest(List<LogEntry> all) {
        return all.size() <= SHOWN ? all : all.subList(all.size() - SHOWN, all.size());
    }


    @Override
    public void dispose() {
        if (log != null) {
            log.removeListener(listener);
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
