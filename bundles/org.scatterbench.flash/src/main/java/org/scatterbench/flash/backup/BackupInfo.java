package org.scatterbench.flash.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.ReportJson;

import com.google.gson.JsonParseException;

/**
 * {@code backup-info.json}: which phone a backup came from and the sizes of its regions, so a
 * restore can refuse a phone whose storage differs or that is another phone altogether.
 *
 * @param createdAt   when the backup was taken
 * @param device      the phone (CID and ME id identify it)
 * @param platform    the chip's primary name, e.g. {@code MT6765}
 * @param regionSizes capacity of each region in bytes, by region name
 * @param scatter     the scatter file's name inside the folder
 */
public record BackupInfo(Instant createdAt, DeviceIdentity device, String platform, Map<String, Long> regionSizes,
        String scatter) {

    public static final String FILE = "backup-info.json";

    public BackupInfo {
        regionSizes = regionSizes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(regionSizes));
    }

    public void write(Path folder) throws IOException {
        Files.writeString(folder.resolve(FILE), ReportJson.gson().toJson(this), StandardCharsets.UTF_8);
    }

    public static BackupInfo read(Path folder) throws BackupException {
        Path f = folder.resolve(FILE);
        try {
            BackupInfo i = ReportJson.gson().fromJson(Files.readString(f, StandardCharsets.UTF_8), BackupInfo.class);
            if (i == null || i.device() == null || i.scatter() == null) {
                throw new BackupException(f + ": not a Scatterbench backup description (no device or scatter)");
            }
            return i;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BackupException(f + " is missing; is " + folder + " a Scatterbench backup?");
        } catch (IOException e) {
            throw new BackupException(f + ": cannot read (" + e.getMessage() + "); is " + folder
                    + " a Scatterbench backup?");
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException
                | java.time.DateTimeException | ClassCastException e) {
            // Gson's own words (exception names, JSON paths) would not help the user: name the file
            throw new BackupException(f + " is damaged: not a valid Scatterbench backup description; is " + folder
                    + " a Scatterbench backup?");
        }
    }
}
