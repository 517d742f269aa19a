package org.scatterbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Every command reachable from {@code scatterbench} answers {@code --help} and {@code -h} with its
 * usage and exit 0, whatever its required options: a user asking for help must never be told an
 * option is missing. The tree is walked from picocli's own model, so a command added later is
 * covered without touching this test.
 */
class HelpForEveryCommandTest {

    @Test
    void everyCommandAcceptsHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(ScatterbenchCli.newCommandLine(System.out, System.err), new ArrayList<>(), paths);
        assertThat(paths).as("commands found").hasSizeGreaterThan(20);

        List<String> failures = new ArrayList<>();
        for (List<String> path : paths) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(path);
                args.add(flag);
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                ByteArrayOutputStream e = new ByteArrayOutputStream();
                int code = ScatterbenchCli.run(args.toArray(String[]::new),
                        new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
                String out = o.toString(StandardCharsets.UTF_8);
                if (code != 0 || !out.lines().anyMatch(l -> l.startsWith("Usage:"))) {
                    failures.add(String.join(" ", args) + " -> exit " + code + ": "
                            + e.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(failures).as("commands that do not answer --help/-h").isEmpty();
    }

    private static void collect(CommandLine cl, List<String> prefix, List<List<String>> paths) {
        paths.add(prefix);
        for (CommandLine sub : new java.util.LinkedHashSet<>(cl.getSubcommands().values())) {
            List<String> p = new ArrayList<>(prefix);
            p.add(sub.getCommandName());
            collect(sub, p, paths);
        }
    }
}
