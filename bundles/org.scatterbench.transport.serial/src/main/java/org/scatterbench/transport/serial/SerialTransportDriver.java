package org.scatterbench.transport.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scatterbench.transport.AbstractTransportDriver;
import org.scatterbench.transport.InvalidPortSpecException;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;

/**
 * Serial ports through jSerialComm: the phone's CDC-ACM port ({@code /dev/ttyACM*}), USB-serial
 * adapters ({@code /dev/ttyUSB*}), and any other path, which is how tests and the emulator reach a
 * pty. Windows names ({@code COM3}) are accepted too.
 */
public final class SerialTransportDriver extends AbstractTransportDriver {

    public static final String ID = "serial";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Serial port (CDC-ACM, pty)";
    }

    @Override
    public List<String> portPatterns() {
        return List.of("/dev/ttyACM*", "/dev/ttyUSB*", "/*", "./*", "COM*");
    }

    @Override
    public boolean accepts(String portSpec) {
        if (portSpec == null || portSpec.isBlank()) {
            return false;
        }
        if (portSpec.startsWith("/") || portSpec.startsWith("./")) {
            return true;
        }
        return portSpec.toUpperCase(Locale.ROOT).matches("COM\\d+");
    }

    /**
     * USB serial ports only: a built-in 16550 ({@code ttyS*}) or a pty is never a phone, and listing
     * them would bury the one that is. Ptys are still opened when named.
     */
    @Override
    public List<PortInfo> discover() {
        boolean mm = ProcScan.system().isRunning(ProcScan.MODEM_MANAGER);
        List<PortInfo> ports = new ArrayList<>();
        for (SerialPort sp : SerialPort.getCommPorts()) {
            String path = sp.getSystemPortPath();
            boolean usbName = path.contains("ttyACM") || path.contains("ttyUSB");
            int vid = sp.getVendorID();
            if (!usbName && vid < 0) {
                continue;
            }
            PortInfo info = new PortInfo(path, ID, sp.getPortDescription(), vid, vid < 0 ? -1 : sp.getProductID(),
                    serialOf(sp), "");
            if (mm && info.isMediaTek()) {
                info = info.withNote("ModemManager is running and may grab this port: "
                        + OpenFailureExplainer.modemManagerAdvice());
            }
            ports.add(info);
        }
        return ports;
    }

    private static String serialOf(SerialPort sp) {
        String s = sp.getSerialNumber();
        return s == null || s.equalsIgnoreCase("Unknown") ? "" : s;
    }

    @Override
    public Transport open(String portSpec, TransportOptions options) throws IOException {
        if (!accepts(portSpec)) {
            throw new InvalidPortSpecException("'" + portSpec + "' is not a serial port path (e.g. /dev/ttyACM0)");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(portSpec);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException(explain(portSpec, 0));
        }
        if (!port.openPort()) {
            throw new IOException(explain(portSpec, port.getLastErrorCode()));
        }
        boolean configured = port.setComPortParameters(options.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY)
                && port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!configured) {
            int code = port.getLastErrorCode();
            port.closePort();
            throw new IOException("could not configure " + portSpec + " as 8N1 at " + options.baudRate()
                    + " baud without flow control (system error " + code + ")");
        }
        int vid = port.getVendorID();
        TransportDescription d = new TransportDescription(ID, portSpec, vid, vid < 0 ? -1 : port.getProductID(),
                serialOf(port));
        try {
            return new SerialTransport(port, d, options);
        } catch (IOException e) {
            port.closePort();
            throw new IOException("could not set the timeouts of " + portSpec + ": " + e.getMessage(), e);
        }
    }

    private static String explain(String portSpec, int errorCode) {
        Path p = Path.of(portSpec);
        boolean exists = Files.exists(p);
        String group = null;
        if (exists) {
            try {
                group = Files.readAttributes(p, PosixFileAttributes.class).group().getName();
            } catch (IOException | UnsupportedOperationException e) {
                group = null;
            }
        }
        ProcScan proc = ProcScan.system();
        OpenFailureFacts facts = new OpenFailureFacts(portSpec, exists, exists && Files.isReadable(p),
                exists && Files.isWritable(p), group, exists ? proc.holders(p) : List.of(),
                ProcessHandle.current().pid(), proc.isRunning(ProcScan.MODEM_MANAGER), errorCode);
        return new OpenFailureExplainer().explain(facts);
    }
}
