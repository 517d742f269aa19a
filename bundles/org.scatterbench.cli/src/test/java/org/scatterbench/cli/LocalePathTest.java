package org.scatterbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a C/POSIX locale Java cannot name a non-ASCII file at all: the user must be told to
 * switch to a UTF-8 locale, not shown java.nio.file.InvalidPathException. Needs its own JVM,
 * since the file-name encoding is fixed when a JVM starts.
 */
class LocalePathTest {

    @TempDir
    Path tmp;

    @Test
    void aNonAsciiPathUnderTheCLocaleIsExplained() throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "the test JVM itself must be able to pass a non-ASCII argument");
        Path file = Files.writeString(tmp.resolve("r\u00e9sum\u00e9.txt"), "x");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classpath(), ScatterbenchCli.class.getName(), "image", "info", file.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        env.put("LC_ALL", "C");
        env.put("LANG", "C");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isIn(1, 2);
        assertThat(output).contains("cannot be used with this locale's character set", "UTF-8 locale")
                .doesNotContain("InvalidPathException").doesNotContain("internal error");
    }

    private static String classpath() throws Exception {
        return org.scatterbench.cli.ChildJvm.classpath();
    }
}
