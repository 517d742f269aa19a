package org.scatterbench.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What happened in one session, for tests and for the emulator's console: the commands in order,
 * the DA images the host uploaded, and why the session ended.
 */
public final class SessionLog {

    /** Why a session ended. */
    public enum End {
        /** The host closed the line (the normal end for mtkclient's commands). */
        HOST_CLOSED,
        /** The host sent SHUTDOWN. */
        SHUTDOWN,
        /** The fault plan cut the line. */
        FAULT,
        /** A bug in the emulator; the session was dropped, the emulator lives on. */
        INTERNAL_ERROR
    }

    /** A blob the host uploaded: DA1 by SEND_DA, DA2 and extensions by BOOT_TO. */
    public record Upload(long address, byte[] bytes, long signatureLength) {
    }

    private final List<String> events = new ArrayList<>();
    private final List<Upload> bootTo = new ArrayList<>();
    private Upload da1;
    private End end;
    private String endDetail = "";

    public synchronized void event(String text) {
        events.add(text);
    }

    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    public synchronized void da1(Upload upload) {
        this.da1 = upload;
    }

    public synchronized Optional<Upload> da1() {
        return Optional.ofNullable(da1);
    }

    public synchronized void bootTo(Upload upload) {
        bootTo.add(upload);
    }

    /** Every BOOT_TO image in order: DA2 first, then any extension. */
    public synchronized List<Upload> bootTo() {
        return List.copyOf(bootTo);
    }

    public synchronized void end(End why, String detail) {
        this.end = why;
        this.endDetail = detail == null ? "" : detail;
    }

    public synchronized Optional<End> end() {
        return Optional.ofNullable(end);
    }

    public synchronized String endDetail() {
        return endDetail;
    }
}
