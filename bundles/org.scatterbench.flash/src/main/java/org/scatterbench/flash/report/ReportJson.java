package org.scatterbench.flash.report;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/** The JSON form of a {@link RunReport}: times as ISO-8601 UTC with their full precision. */
public final class ReportJson {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe()).create();

    private ReportJson() {
    }

    public static String write(RunReport report) {
        return GSON.toJson(report);
    }

    /** @throws JsonParseException when the text is not a report */
    public static RunReport read(String json) {
        RunReport r = GSON.fromJson(json, RunReport.class);
        if (r == null || r.id() == null || r.status() == null || r.device() == null) {
            throw new JsonParseException("not a Scatterbench run report (no id, status or device)");
        }
        return r;
    }

    /** The Gson this format uses, for callers that embed a report in a larger document. */
    public static Gson gson() {
        return GSON;
    }

    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            String s = in.nextString();
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw new JsonParseException("bad time '" + s + "' in a run report", e);
            }
        }
    }
}
