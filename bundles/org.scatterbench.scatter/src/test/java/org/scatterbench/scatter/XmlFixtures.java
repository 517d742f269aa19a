package org.scatterbench.scatter;

import java.io.IOException;
import java.io.InputStream;

/** The XML scatters written for the tests from SCATTER-FORMATS §4 (no real one is in the corpus). */
final class XmlFixtures {

    private XmlFixtures() {
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = XmlFixtures.class.getResourceAsStream("/xml/" + name)) {
            if (in == null) {
                throw new IOException("test resource /xml/" + name + " missing");
            }
            return in.readAllBytes();
        }
    }

    static ScatterDocument read(String name) throws IOException {
        return ScatterFiles.parse(name, bytes(name));
    }
}
