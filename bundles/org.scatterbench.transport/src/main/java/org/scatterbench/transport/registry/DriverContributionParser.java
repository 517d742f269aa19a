package org.scatterbench.transport.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a raw {@link DriverElement} into a {@link DriverDescriptor}, or says what is wrong with it. */
public final class DriverContributionParser {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9._-]*");
    private static final Pattern JAVA_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    public DriverDescriptor parse(DriverElement e) throws InvalidContributionException {
        String who = e.contributor() == null || e.contributor().isBlank() ? "an unknown bundle" : "bundle " + e.contributor();
        String id = trimmed(e.id());
        if (id.isEmpty()) {
            throw new InvalidContributionException(who + " contributes a transport driver without an id");
        }
        if (!ID.matcher(id).matches()) {
            throw new InvalidContributionException(who + " contributes transport driver id '" + id
                    + "': ids are lower case letters, digits, '.', '_' or '-', starting with a letter");
        }
        String what = who + ", transport driver '" + id + "'";
        String className = trimmed(e.className());
        if (className.isEmpty()) {
            throw new InvalidContributionException(what + ": the required attribute 'class' is missing");
        }
        if (!JAVA_NAME.matcher(className).matches()) {
            throw new InvalidContributionException(what + ": 'class' is not a Java class name: " + className);
        }
        String name = trimmed(e.name());
        List<PortPattern> patterns = new ArrayList<>();
        for (String p : e.portPatterns()) {
            String glob = trimmed(p);
            if (glob.isEmpty()) {
                throw new InvalidContributionException(what + ": a portPattern has an empty 'pattern'");
            }
            patterns.add(new PortPattern(glob));
        }
        if (patterns.isEmpty()) {
            throw new InvalidContributionException(what + ": declares no portPattern, so no port could ever reach it");
        }
        List<UsbIdPattern> usb = new ArrayList<>();
        for (DriverElement.UsbDevice d : e.usbDevices()) {
            int vid = hexId(what, "vendorId", d.vendorId(), false);
            int pid = hexId(what, "productId", d.productId(), true);
            usb.add(new UsbIdPattern(vid, pid));
        }
        return new DriverDescriptor(id, name.isEmpty() ? id : name, className,
                e.contributor() == null ? "" : e.contributor(), patterns, usb);
    }

    private static int hexId(String what, String attribute, String raw, boolean optional)
            throws InvalidContributionException {
        String v = trimmed(raw);
        if (v.isEmpty()) {
            if (optional) {
                return UsbIdPattern.ANY_PRODUCT;
            }
            throw new InvalidContributionException(what + ": usbDevice needs a " + attribute);
        }
        String digits = v.toLowerCase(Locale.ROOT).startsWith("0x") ? v.substring(2) : v;
        try {
            int n = Integer.parseInt(digits, 16);
            if (n < 0 || n > 0xFFFF || digits.length() > 4) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException ex) {
            throw new InvalidContributionException(what + ": usbDevice " + attribute + " '" + v
                    + "' is not a 16-bit hex number such as 0x0E8D");
        }
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.trim();
    }
}
