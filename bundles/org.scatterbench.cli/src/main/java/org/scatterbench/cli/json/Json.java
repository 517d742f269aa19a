package org.scatterbench.cli.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one Gson configuration of the command line: pretty, nulls kept, no HTML escaping. */
public final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
            .create();

    private Json() {
    }

    public static Gson gson() {
        return GSON;
    }
}
