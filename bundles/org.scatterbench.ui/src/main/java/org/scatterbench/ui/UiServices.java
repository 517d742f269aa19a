package org.scatterbench.ui;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.scatterbench.ui.device.VirtualPhoneHost;
import org.scatterbench.ui.log.ProtocolLog;

/** Looks up the services {@link UiActivator} registers; parts call this in createPartControl. */
public final class UiServices {

    private UiServices() {
    }

    public static ProtocolLog protocolLog() {
        return get(ProtocolLog.class);
    }

    public static VirtualPhoneHost virtualPhones() {
        return get(VirtualPhoneHost.class);
    }

    private static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(UiServices.class).getBundleContext();
        ServiceReference<T> ref = context.getServiceReference(type);
        if (ref == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not registered: is org.scatterbench.ui started?");
        }
        return context.getService(ref);
    }
}
