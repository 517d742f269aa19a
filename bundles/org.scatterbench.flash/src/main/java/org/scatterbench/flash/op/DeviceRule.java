package org.scatterbench.flash.op;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** One rule per device port: two jobs on the same phone never run at once; different phones run in parallel. */
public final class DeviceRule implements ISchedulingRule {

    private final String port;
    private final String key;

    public DeviceRule(String port) {
        this.port = port;
        this.key = key(port);
    }

    /**
     * One name per phone: {@code tcp://localhost:N} and {@code tcp://127.0.0.1:N} are one phone, and
     * so are a serial device and a link to it ({@code /dev/serial/by-id/...} and {@code /dev/ttyACM0}).
     */
    static String key(String port) {
        String p = port.trim();
        if (p.startsWith("tcp://localhost:")) {
            return "tcp://127.0.0.1:" + p.substring("tcp://localhost:".length());
        }
        if (p.startsWith("/")) {
            try {
                return java.nio.file.Path.of(p).toRealPath().toString();
            } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
                return p;
            }
        }
        return p;
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
        return rule instanceof DeviceRule && ((DeviceRule) rule).key.equals(key);
    }

    @Override
    public String toString() {
        return "DeviceRule[" + port + "]";
    }
}
