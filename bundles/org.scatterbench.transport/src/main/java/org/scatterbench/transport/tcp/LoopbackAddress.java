package org.scatterbench.transport.tcp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.scatterbench.transport.InvalidPortSpecException;

/**
 * Parses {@code tcp://HOST:PORT} and admits only this machine. The TCP transport exists to reach the
 * emulator; refusing other hosts keeps a flash from ever leaving the machine, and host names other
 * than {@code localhost} are refused without a DNS lookup.
 */
public final class LoopbackAddress {

    public static final String SCHEME_PREFIX = "tcp://";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LoopbackAddress() {
    }

    public static InetSocketAddress parse(String spec) throws InvalidPortSpecException {
        if (spec == null || !spec.regionMatches(true, 0, SCHEME_PREFIX, 0, SCHEME_PREFIX.length())) {
            throw new InvalidPortSpecException("not a tcp port: '" + spec + "' (expected tcp://127.0.0.1:PORT)");
        }
        URI uri;
        try {
            uri = new URI(spec);
        } catch (URISyntaxException e) {
            throw new InvalidPortSpecException("malformed tcp port '" + spec + "': " + e.getReason()
                    + " (expected tcp://127.0.0.1:PORT)");
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null || port < 0) {
            throw new InvalidPortSpecException("tcp port '" + spec + "' needs a host and a port number, e.g. tcp://127.0.0.1:5555");
        }
        if ((uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getQuery() != null || uri.getUserInfo() != null) {
            throw new InvalidPortSpecException("tcp port '" + spec + "' must be just tcp://HOST:PORT");
        }
        if (port == 0 || port > 65535) {
            throw new InvalidPortSpecException("tcp port number out of range in '" + spec + "' (1..65535)");
        }
        InetAddress address = loopbackOrRefuse(spec, host);
        return new InetSocketAddress(address, port);
    }

    private static InetAddress loopbackOrRefuse(String spec, String host) throws InvalidPortSpecException {
        if (host.equalsIgnoreCase("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        boolean literal = IPV4.matcher(host).matches() || host.startsWith("[");
        if (literal) {
            try {
                // a literal is parsed, never looked up
                InetAddress a = InetAddress.getByName(host);
                if (a.isLoopbackAddress()) {
                    return a;
                }
            } catch (UnknownHostException e) {
                throw new InvalidPortSpecException("malformed address in tcp port '" + spec + "'");
            }
        }
        throw new InvalidPortSpecException("refusing tcp port '" + spec + "': the tcp transport only connects to this "
                + "machine (127.0.0.1, localhost or [::1]); it exists for the Scatterbench emulator. "
                + "Connect a real phone with --port usb or a serial port such as /dev/ttyACM0.");
    }
}
