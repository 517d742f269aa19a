package org.scatterbench.transport.usb;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.scatterbench.transport.InvalidPortSpecException;
import org.scatterbench.transport.MediaTekUsbIds;

/**
 * {@code usb} (the first MediaTek device, BROM or preloader preferred) or {@code usb:BUS-PORT[.PORT...]}
 * (the device in that socket, as {@code device list} prints it).
 */
public final class UsbPortSpec {

    public static final String ANY = "usb";
    private static final String PREFIX = "usb:";
    private static final Pattern LOCATION = Pattern.compile("\\d+-\\d+(\\.\\d+)*");

    private UsbPortSpec() {
    }

    public static boolean isUsbSpec(String spec) {
        return spec != null && (spec.equals(ANY) || spec.startsWith(PREFIX));
    }

    public static String of(UsbDeviceInfo d) {
        return PREFIX + d.location();
    }

    /** The device {@code spec} names among {@code devices}, or empty when it is not connected. */
    public static Optional<UsbDeviceInfo> select(String spec, List<UsbDeviceInfo> devices) throws InvalidPortSpecException {
        if (spec.equals(ANY)) {
            Optional<UsbDeviceInfo> flashable = devices.stream()
                    .filter(d -> MediaTekUsbIds.isBrom(d.vendorId(), d.productId())
                            || MediaTekUsbIds.isPreloader(d.vendorId(), d.productId()))
                    .findFirst();
            return flashable.isPresent() ? flashable
                    : devices.stream().filter(d -> d.vendorId() == MediaTekUsbIds.VENDOR).findFirst();
        }
        if (!spec.startsWith(PREFIX) || !LOCATION.matcher(spec.substring(PREFIX.length())).matches()) {
            throw new InvalidPortSpecException("malformed usb port '" + spec
                    + "': use 'usb' for the first MediaTek device, or usb:BUS-PORT such as usb:1-4 as 'device list' shows");
        }
        String location = spec.substring(PREFIX.length());
        return devices.stream().filter(d -> d.location().equals(location)).findFirst();
    }
}
