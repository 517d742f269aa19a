package org.scatterbench.emulator.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.scatterbench.model.Region;

/**
 * The virtual phone's eMMC: a user area (normally an image file served in place) plus boot1,
 * boot2 and RPMB areas, addressed by the XFlash DA's {@code partition} field (1 boot1, 2 boot2,
 * 3 RPMB, 4..7 general purpose, 8 user). General-purpose areas do not exist on this model, as on
 * most phones. All writes go through a {@link WriteJournal}.
 */
public final class EmmcStorage implements AutoCloseable {

    /** Boot and RPMB size of the phone in the golden transcripts. */
    public static final long DEFAULT_BOOT_SIZE = 4L << 20;

    public static final int PART_BOOT1 = 1;
    public static final int PART_BOOT2 = 2;
    public static final int PART_RPMB = 3;
    public static final int PART_USER = 8;

    private final StorageArea user;
    private final StorageArea boot1;
    private final StorageArea boot2;
    private final StorageArea rpmb;
    private final WriteJournal journal;
    private final AutoCloseable closer;

    private EmmcStorage(StorageArea user, long bootSize, long rpmbSize, AutoCloseable closer) {
        this.journal = new WriteJournal();
        this.user = new JournaledArea(user, journal);
        this.boot1 = new JournaledArea(new MemoryArea(Region.EMMC_BOOT1, bootSize), journal);
        this.boot2 = new JournaledArea(new MemoryArea(Region.EMMC_BOOT2, bootSize), journal);
        this.rpmb = new JournaledArea(new MemoryArea(Region.EMMC_RPMB, rpmbSize), journal);
        this.closer = closer;
    }

    /** Serves {@code image} in place as the user area, with boot and RPMB areas of the given sizes. */
    public static EmmcStorage onImage(Path image, long bootSize, long rpmbSize) throws IOException {
        FileArea area = FileArea.open(Region.EMMC_USER, image);
        return new EmmcStorage(area, bootSize, rpmbSize, area);
    }

    public static EmmcStorage onImage(Path image) throws IOException {
        return onImage(image, DEFAULT_BOOT_SIZE, DEFAULT_BOOT_SIZE);
    }

    /** A user area in memory, for tests that need no file. */
    public static EmmcStorage inMemory(long userSize, long bootSize, long rpmbSize) {
        return new EmmcStorage(new MemoryArea(Region.EMMC_USER, userSize), bootSize, rpmbSize, () -> {
        });
    }

    /** The area the DA's partition field selects, or empty for a number this eMMC has no area for. */
    public Optional<StorageArea> area(int daPartition) {
        switch (daPartition) {
            case PART_BOOT1:
                return Optional.of(boot1);
            case PART_BOOT2:
                return Optional.of(boot2);
            case PART_RPMB:
                return Optional.of(rpmb);
            case PART_USER:
                return Optional.of(user);
            default:
                return Optional.empty();
        }
    }

    public StorageArea area(Region region) {
        if (region.equals(Region.EMMC_BOOT1)) {
            return boot1;
        } else if (region.equals(Region.EMMC_BOOT2)) {
            return boot2;
        } else if (region.equals(Region.EMMC_RPMB)) {
            return rpmb;
        } else if (region.equals(Region.EMMC_USER)) {
            return user;
        }
        throw new IllegalArgumentException("no eMMC area " + region);
    }

    public StorageArea user() {
        return user;
    }

    public long userSize() {
        return user.size();
    }

    public long bootSize() {
        return boot1.size();
    }

    public long rpmbSize() {
        return rpmb.size();
    }

    public WriteJournal journal() {
        return journal;
    }

    @Override
    public void close() throws IOException {
        try {
            closer.close();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
