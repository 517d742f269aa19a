package org.scatterbench.chip.mt67xx.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

import org.scatterbench.chip.mt67xx.testing.Transcript.Unit;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportTimeoutException;

/**
 * Plays the device side of a golden transcript to a host client, single-threaded. The transcript
 * is cut into command exchanges (a segment starts at each handshake, BROM command or XFlash
 * command); the host may run them in any order and skip optional ones, but inside an exchange
 * every host byte must equal the transcript's (abbreviated host units are checked by length and
 * CRC-32). A host byte no unplayed exchange expects fails the test with an AssertionError. When the
 * host waits for a reply the transcript does not give, read() times out at once.
 */
public final class TranscriptDevice implements Transport {

    private final List<List<Unit>> segments = new ArrayList<>();
    private final boolean[] played;
    private final Function<Unit, byte[]> filler;
    private final Deque<Byte> out = new ArrayDeque<>();
    private Map<Integer, Cursor> candidates = new LinkedHashMap<>();
    private long hostBytes;
    private boolean open = true;

    /** Position inside one segment, plus the bytes of an abbreviated host unit collected so far. */
    private static final class Cursor {
        int unit;
        int offset;
        CRC32 crc = new CRC32();

        Cursor copy() {
            Cursor c = new Cursor();
            c.unit = unit;
            c.offset = offset;
            return c;
        }
    }

    /**
     * @param filler rebuilds abbreviated device units (returns null if it cannot); its result is
     *               checked against the recorded CRC
     */
    public TranscriptDevice(List<Unit> units, Function<Unit, byte[]> filler) {
        this.filler = filler;
        List<Unit> cur = null;
        for (int i = 0; i < units.size(); i++) {
            if (cur == null || startsSegment(units, i)) {
                cur = new ArrayList<>();
                segments.add(cur);
            }
            cur.add(units.get(i));
        }
        played = new boolean[segments.size()];
    }

    private static boolean startsSegment(List<Unit> units, int i) {
        Unit u = units.get(i);
        if (!u.hostToDevice()) {
            return false;
        }
        String a = u.annotation();
        if (a.startsWith("handshake byte A0") || a.startsWith("BROM cmd")) {
            return true;
        }
        return a.startsWith("XFlash header") && i + 1 < units.size() && units.get(i + 1).annotation().startsWith("cmd ");
    }

    /** Annotations of the first unit of every segment the host completed. */
    public List<String> playedSegments() {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (played[i]) {
                l.add(label(i));
            }
        }
        return l;
    }

    public List<String> unplayedSegments() {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!played[i]) {
                l.add(label(i));
            }
        }
        return l;
    }

    private String label(int i) {
        List<Unit> s = segments.get(i);
        Unit first = s.size() > 1 && s.get(0).annotation().startsWith("XFlash header") ? s.get(1) : s.get(0);
        Unit detail = s.stream().filter(u -> u.hostToDevice() && (u.annotation().startsWith("ctrl code")
                || u.annotation().contains("param:"))).findFirst().orElse(first);
        return first.annotation() + (detail == first ? "" : " / " + detail.annotation());
    }

    /** True when no exchange is half-done. */
    public boolean idle() {
        return candidates.isEmpty() && out.isEmpty();
    }

    @Override
    public TransportDescription describe() {
        return TransportDescription.of("transcript", "transcript");
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            hostByte(data[i]);
        }
    }

    private void hostByte(byte b) {
        if (candidates.isEmpty()) {
            for (int i = 0; i < segments.size(); i++) {
                if (!played[i]) {
                    candidates.put(i, new Cursor());
                }
            }
        }
        Map<Integer, Cursor> next = new LinkedHashMap<>();
        for (Map.Entry<Integer, Cursor> e : candidates.entrySet()) {
            Cursor c = e.getValue().copy();
            if (accept(segments.get(e.getKey()), c, b, e.getValue())) {
                next.put(e.getKey(), c);
            }
        }
        if (next.isEmpty()) {
            throw new AssertionError(String.format("host byte #%d (0x%02X) matches no transcript exchange; expected: %s",
                    hostBytes, b & 0xFF, expectations()));
        }
        hostBytes++;
        candidates = next;
        emitReplies();
    }

    private String expectations() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Cursor> e : candidates.entrySet()) {
            List<Unit> s = segments.get(e.getKey());
            Cursor c = e.getValue();
            if (c.unit < s.size()) {
                sb.append("\n  line ").append(s.get(c.unit).line()).append(" +").append(c.offset).append(": ")
                        .append(s.get(c.unit).annotation());
            }
            if (sb.length() > 3000) {
                break;
            }
        }
        return sb.toString();
    }

    private static boolean accept(List<Unit> seg, Cursor c, byte b, Cursor old) {
        if (c.unit >= seg.size() || !seg.get(c.unit).hostToDevice()) {
            return false;
        }
        Unit u = seg.get(c.unit);
        if (u.bytes() != null) {
            if (u.bytes()[c.offset] != b) {
                return false;
            }
        } else {
            c.crc = copyCrc(old, b);
        }
        c.offset++;
        if (c.offset == u.length()) {
            if (u.bytes() == null && c.crc.getValue() != u.crc()) {
                return false;
            }
            c.unit++;
            c.offset = 0;
            c.crc = new CRC32();
        }
        return true;
    }

    /** CRC32 cannot be cloned cheaply, so abbreviated units keep one running CRC shared by the copy. */
    private static CRC32 copyCrc(Cursor old, byte b) {
        old.crc.update(b & 0xFF);
        return old.crc;
    }

    /** Sends device units once every remaining candidate agrees on them; finishes completed exchanges. */
    private void emitReplies() {
        while (true) {
            Integer first = candidates.keySet().iterator().next();
            List<Unit> seg = segments.get(first);
            Cursor c = candidates.get(first);
            if (c.unit >= seg.size()) {
                played[first] = true;
                candidates.clear();
                return;
            }
            Unit u = seg.get(c.unit);
            if (u.hostToDevice()) {
                return;
            }
            // the device's next unit: keep only candidates that would send the same (first one wins)
            Map<Integer, Cursor> same = new LinkedHashMap<>();
            for (Map.Entry<Integer, Cursor> e : candidates.entrySet()) {
                List<Unit> s = segments.get(e.getKey());
                Cursor x = e.getValue();
                if (x.unit < s.size() && !s.get(x.unit).hostToDevice() && sameUnit(s.get(x.unit), u)) {
                    x.unit++;
                    same.put(e.getKey(), x);
                }
            }
            candidates = same;
            for (byte x : deviceBytes(u)) {
                out.add(x);
            }
        }
    }

    private static boolean sameUnit(Unit a, Unit b) {
        return a.length() == b.length() && a.crc() == b.crc() && java.util.Arrays.equals(a.bytes(), b.bytes());
    }

    private byte[] deviceBytes(Unit u) {
        if (u.bytes() != null) {
            return u.bytes();
        }
        byte[] b = filler.apply(u);
        if (b == null) {
            throw new AssertionError("the test cannot rebuild device line " + u.line() + ": " + u.annotation());
        }
        CRC32 crc = new CRC32();
        crc.update(b);
        if (b.length != u.length() || crc.getValue() != u.crc()) {
            throw new AssertionError("rebuilt device line " + u.line() + " does not match its recorded length/CRC");
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        if (out.isEmpty()) {
            throw new TransportTimeoutException("transcript: the device has nothing to send here");
        }
        int n = 0;
        while (n < length && !out.isEmpty()) {
            buffer[offset + n++] = out.poll();
        }
        return n;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
