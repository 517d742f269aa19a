package org.scatterbench.transport.tcp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;

import org.scatterbench.transport.AbstractTransportDriver;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;

/** {@code tcp://127.0.0.1:PORT}: the emulator's socket. Loopback only (see {@link LoopbackAddress}). */
public final class TcpTransportDriver extends AbstractTransportDriver {

    public static final String ID = "tcp";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "TCP to this machine (emulator)";
    }

    @Override
    public List<String> portPatterns() {
        return List.of("tcp://*");
    }

    @Override
    public boolean accepts(String portSpec) {
        return portSpec != null && portSpec.regionMatches(true, 0, LoopbackAddress.SCHEME_PREFIX, 0,
                LoopbackAddress.SCHEME_PREFIX.length());
    }

    /** A listening emulator cannot be told from any other local server, so nothing is discovered. */
    @Override
    public List<PortInfo> discover() {
        return List.of();
    }

    @Override
    public Transport open(String portSpec, TransportOptions options) throws IOException {
        InetSocketAddress address = LoopbackAddress.parse(portSpec);
        Socket socket = new Socket();
        try {
            socket.connect(address, TransportOptions.millisAtLeastOne(options.openTimeout()));
            return TcpTransport.over(socket, TransportDescription.of(ID, portSpec));
        } catch (ConnectException e) {
            socket.close();
            throw new IOException("nothing accepts connections on " + portSpec
                    + ": start the emulator first, or check the port number", e);
        } catch (SocketTimeoutException e) {
            socket.close();
            throw new IOException(portSpec + " did not accept the connection within "
                    + options.openTimeout().toMillis() + " ms", e);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
