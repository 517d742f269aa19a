package org.scatterbench.ui.device;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.storage.WriteJournal;
import org.scatterbench.emulator.tools.DaFileWriter;
import org.scatterbench.emulator.tools.ImageSpec;
import org.scatterbench.emulator.tools.PhoneImageWriter;
import org.scatterbench.emulator.transport.TcpEndpoint;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;
import org.scatterbench.ui.log.ProtocolLog;

/**
 * Runs virtual phones in-process for trying things out: each one is the emulator's MT6765 on a
 * sparse eMMC image in a temporary folder, listening on a free loopback TCP port. Closed with the
 * workbench.
 */
public final class VirtualPhoneHost implements AutoCloseable {

    /** User-area size of a new virtual phone: sparse, so it costs no disk until written. */
    public static final long USER_AREA_BYTES = 16L << 30;

    /**
     * One running phone: its TCP address is the port spec a transport opens; {@code daFile} is a
     * Download Agent the virtual phone accepts.
     */
    public record RunningPhone(String portSpec, Path image, String chip, Path daFile, String table) {
    }

    private record Entry(RunningPhone phone, TcpEndpoint endpoint, EmmcStorage storage) {
    }

    private final ProtocolLog log;
    private final List<Entry> running = new CopyOnWriteArrayList<>();
    /** Every phone's folder, deleted when the host closes (with the workbench). */
    private final List<Path> folders = new CopyOnWriteArrayList<>();
    private static final String DA_FILE = "virtual-phone-DA.bin";

    public VirtualPhoneHost(ProtocolLog log) {
        this.log = log;
    }

    /**
     * Creates and starts a phone; blocking file work, so call it from a Job. With a layout, the
     * phone's eMMC gets that layout's partition table (as if the ROM had been flashed before), so a
     * keep-data flash of the same ROM can be tried; without one the eMMC is blank.
     */
    public RunningPhone start(Optional<Layout> layout) throws IOException {
        Path dir = Files.createTempDirectory("scatterbench-virtual-phone");
        folders.add(dir);
        Path image = dir.resolve("emmc-user.img");
        String table = "blank eMMC";
        if (layout.isPresent()) {
            try {
                PhoneImageWriter.Result r = new PhoneImageWriter(0).write(layout.get(), image,
                        ImageSpec.minimumSize(layout.get()));
                table = r.table() + " table of " + layout.get().source();
            } catch (TableFormatException e) {
                throw new IOException("cannot give the virtual phone the layout of " + layout.get().source() + ": "
                        + e.getMessage(), e);
            }
        } else {
            try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
                f.setLength(USER_AREA_BYTES);
            }
        }
        Path da = dir.resolve(DA_FILE);
        Files.write(da, DaFileWriter.build(List.of(ChipProfiles.mt6765())));
        EmmcStorage storage = EmmcStorage.onImage(image);
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), storage).build();
        TcpEndpoint endpoint = TcpEndpoint.listen(phone, 0);
        RunningPhone rp = new RunningPhone(endpoint.address(), image, "MT6765", da, table);
        running.add(new Entry(rp, endpoint, storage));
        log.append("INFO", "virtual-phone", "Virtual phone " + rp.chip() + " listening on " + endpoint.address()
                + ", " + table + ", eMMC image " + image);
        return rp;
    }

    public List<RunningPhone> phones() {
        return running.stream().map(Entry::phone).toList();
    }

    /** Every write and erase the phone on {@code portSpec} did, to see what a flash touched. */
    public Optional<WriteJournal> journal(String portSpec) {
        return find(portSpec).map(e -> e.storage().journal());
    }

    /** Unplugs the phone on {@code portSpec}: its port stops answering; false if no such phone runs. */
    public boolean stop(String portSpec) {
        Optional<Entry> e = find(portSpec);
        e.ifPresent(entry -> {
            running.remove(entry);
            shut(entry);
        });
        return e.isPresent();
    }

    @Override
    public void close() {
        for (Entry e : running) {
            shut(e);
        }
        running.clear();
        for (Path dir : folders) {
            delete(dir.resolve(DA_FILE));
            delete(dir);
        }
        folders.clear();
    }

    private Optional<Entry> find(String portSpec) {
        return running.stream().filter(e -> e.phone().portSpec().equals(portSpec)).findFirst();
    }

    /**
     * Stops a phone and deletes its eMMC image, which is sparse but fills with every flash. Its DA
     * file stays until the workbench closes: the Download view may still name it.
     */
    private void shut(Entry e) {
        try {
            e.endpoint().close();
            e.storage().close();
        } catch (Exception ex) {
            log.append("WARNING", "virtual-phone", "closing " + e.phone().portSpec() + ": " + ex.getMessage());
        }
        delete(e.phone().image());
    }

    private void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ex) {
            log.append("WARNING", "virtual-phone", "could not delete " + p + ": " + ex.getMessage());
        }
    }
}
