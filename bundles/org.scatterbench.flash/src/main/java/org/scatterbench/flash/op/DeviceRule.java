package org.scatterbench.flash.op;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** One rule per device port: two jobs on the same phone never run at once; different phones run in parallel. */
public final class DeviceRule implements ISchedulingRule {

    private final String port;

    public DeviceRule(String port) {
        this.port = port;
    }

    public String port() {
        return port;
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return isConflicting(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof DeviceRule && ((DeviceRule) rule).port.equals(port);
    }

    @Override
    public String toString() {
        return "DeviceRule[" + port + "]";
    }
}
