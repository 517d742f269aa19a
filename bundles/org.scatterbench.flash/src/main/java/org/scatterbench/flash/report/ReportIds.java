package org.scatterbench.flash.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Report ids: UTC start time to the millisecond, then the port, so a listing sorts by time. */
public final class ReportIds {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ReportIds() {
    }

    public static String of(Instant start, String port) {
        String device = port == null || port.isBlank() ? "unknown" : port;
        device = device.replaceFirst("^[a-z]+://", "").replaceAll("[^A-Za-z0-9.]+", "-")
                .replaceAll("^-+|-+$", "");
        String scheme = port != null && port.matches("^[a-z]+://.*") ? port.substring(0, port.indexOf(':')) + "-" : "";
        return TIME.format(start) + "_" + scheme + (device.isEmpty() ? "unknown" : device);
    }
}
