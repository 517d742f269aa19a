package org.scatterbench.cli.flash;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.cli.CliException;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.brom.HandshakeOptions;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.da.DaFileException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;

/**
 * A phone brought up for one command: the transport registry (its drivers own the port) and the
 * session. Every failure to get there becomes a one-line CliException.
 */
final class DeviceConnection implements AutoCloseable {

    private final TransportRegistry registry;
    private final DeviceSession session;

    private DeviceConnection(TransportRegistry registry, DeviceSession session) {
        this.registry = registry;
        this.session = session;
    }

    DeviceSession session() {
        return session;
    }

    static DeviceConnection open(DeviceOptions options, IProgressMonitor monitor) {
        options.timeout(); // a bad --timeout is a usage error before any file or port is opened
        DaFile da;
        try {
            da = DaFile.read(options.daFile());
        } catch (DaFileException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        }
        TransportRegistry reg = TransportRegistry.standard();
        Transport t;
        try {
            t = reg.open(options.port(), TransportOptions.defaults().withWriteTimeout(options.timeout()));
        } catch (IOException e) {
            reg.close();
            throw new CliException(ExitCodes.FAILURE, "cannot open " + options.port() + ": " + e.getMessage());
        }
        try {
            SessionOptions so = new SessionOptions(da, options.timeout(), HandshakeOptions.defaults());
            return new DeviceConnection(reg, DeviceSession.connect(t, so, ChipRegistry.load(), monitor));
        } catch (FlashException e) {
            close(t);
            reg.close();
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        } catch (RuntimeException e) {
            close(t);
            reg.close();
            throw e;
        }
    }

    private static void close(Transport t) {
        try {
            t.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        session.close();
        registry.close();
    }
}
