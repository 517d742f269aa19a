package org.scatterbench.cli.image;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HexFormat;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.json.Json;
import org.scatterbench.image.ContentTotals;
import org.scatterbench.image.ImageFormatException;
import org.scatterbench.image.ImageSource;
import org.scatterbench.image.Sizes;
import org.scatterbench.image.content.AvbFooter;
import org.scatterbench.image.content.ContentProbe;
import org.scatterbench.image.content.ImageInfo;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code image info FILE [--json] [--sha256]}. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = { "Describe an image: raw or sparse, its expanded size and what it holds.",
                "Recognises ext4, f2fs, EROFS, vbmeta, boot, super (LP) and more, with the size a filesystem"
                        + " states for itself. A sparse image's header and every chunk header are validated.",
                "Exit codes: 0 described, 1 missing, unreadable or malformed (the message says where)." })
public final class InfoCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "FILE", description = "the image file")
    Path file;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = "--sha256",
            description = "also stream the whole expanded image: SHA-256 (DONT_CARE as zeros), CRC32 chunks checked")
    boolean sha256;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        ImageSource source = Images.open(file);
        try {
            ImageInfo info = ContentProbe.describe(source);
            String digest = sha256 ? HexFormat.of().formatHex(source.sha256()) : null;
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.gson().toJson(toJson(info, source.totals(), digest)));
            } else {
                printText(out, info, source.totals(), digest);
            }
            out.flush();
        } catch (ImageFormatException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void printText(PrintWriter out, ImageInfo info, ContentTotals t, String digest) {
        out.println(info.file() + ": " + info.description());
        out.println("  kind:            " + info.kind().name().toLowerCase(java.util.Locale.ROOT));
        out.println("  file size:       " + Sizes.bytesAndMib(info.fileSize()));
        out.println("  expanded size:   " + Sizes.bytesAndMib(info.expandedSize()));
        if (info.sparse()) {
            out.println("  sparse chunks:   " + t.chunks() + " (" + t.crcChunks() + " CRC32), data "
                    + Sizes.bytesAndMib(t.dataBytes()) + ", fill " + Sizes.bytesAndMib(t.fillBytes())
                    + ", don't care " + Sizes.bytesAndMib(t.dontCareBytes()));
        }
        if (info.filesystemSize() != null) {
            out.println("  filesystem size: " + Sizes.bytesAndMib(info.filesystemSize()));
        }
        if (info.usedEstimate() != null) {
            out.println("  used (estimate): " + Sizes.bytesAndMib(info.usedEstimate()));
        }
        out.println("  needs partition: " + Sizes.bytesAndMib(info.requiredSize()) + " or more");
        if (digest != null) {
            out.println("  sha256:          " + digest);
        }
    }

    static JsonObject toJson(ImageInfo info, ContentTotals t, String digest) {
        JsonObject o = new JsonObject();
        o.addProperty("file", info.file().toString());
        o.addProperty("sparse", info.sparse());
        o.addProperty("file_size", info.fileSize());
        o.addProperty("expanded_size", info.expandedSize());
        o.addProperty("kind", info.kind().name().toLowerCase(java.util.Locale.ROOT));
        o.addProperty("description", info.description());
        o.addProperty("filesystem_size", info.filesystemSize());
        o.addProperty("used_estimate", info.usedEstimate());
        o.addProperty("label", info.label());
        o.addProperty("required_size", info.requiredSize());
        if (info.sparse()) {
            JsonObject s = new JsonObject();
            s.addProperty("chunks", t.chunks());
            s.addProperty("crc_chunks", t.crcChunks());
            s.addProperty("data_bytes", t.dataBytes());
            s.addProperty("fill_bytes", t.fillBytes());
            s.addProperty("dont_care_bytes", t.dontCareBytes());
            o.add("sparse_content", s);
        } else {
            o.add("sparse_content", null);
        }
        AvbFooter f = info.avbFooter();
        if (f != null) {
            JsonObject a = new JsonObject();
            a.addProperty("original_image_size", f.originalImageSize());
            a.addProperty("vbmeta_offset", f.vbmetaOffset());
            a.addProperty("vbmeta_size", f.vbmetaSize());
            o.add("avb_footer", a);
        } else {
            o.add("avb_footer", null);
        }
        if (digest != null) {
            o.addProperty("sha256", digest);
        }
        return o;
    }
}
