package org.scatterbench.ui;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.scatterbench.ui.device.VirtualPhoneHost;
import org.scatterbench.ui.log.ProtocolLog;

/**
 * Creates the workbench-wide services once per bundle life and registers them as OSGi services, so
 * views find them through the service registry instead of a static singleton.
 */
public final class UiActivator implements BundleActivator {

    private ProtocolLog log;
    private VirtualPhoneHost phones;
    private ServiceRegistration<ProtocolLog> logRegistration;
    private ServiceRegistration<VirtualPhoneHost> phoneRegistration;

    @Override
    public void start(BundleContext context) {
        log = new ProtocolLog();
        log.attach();
        logRegistration = context.registerService(ProtocolLog.class, log, null);
        phones = new VirtualPhoneHost(log);
        phoneRegistration = context.registerService(VirtualPhoneHost.class, phones, null);
    }

    @Override
    public void stop(BundleContext context) {
        phoneRegistration.unregister();
        phones.close();
        logRegistration.unregister();
        log.detach();
    }
}
