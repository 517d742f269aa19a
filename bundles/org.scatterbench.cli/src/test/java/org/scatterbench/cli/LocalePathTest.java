package org.scatterbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Where the CLI's classes and libraries were loaded from (works under any test runner). */
    private static String classpath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (String cls : new String[] { "org.scatterbench.cli.ScatterbenchCli", "org.scatterbench.emulator.VirtualPhone",
                "org.scatterbench.model.Layout", "org.scatterbench.scatter.ScatterFiles", "org.scatterbench.image.ImageFile",
                "org.scatterbench.layout.table.GptWriter", "picocli.CommandLine", "com.google.gson.Gson",
                "org.eclipse.core.runtime.IProgressMonitor", "org.eclipse.core.runtime.jobs.Job" }) {
            try {
                var src = Class.forName(cls).getProtectionDomain().getCodeSource();
                if (src != null) {
                    entries.add(Path.of(src.getLocation().toURI()).toString());
                }
            } catch (ClassNotFoundException e) {
                // not on this runner's path under that name
            }
        }
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
