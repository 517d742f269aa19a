package org.scatterbench.cli.flash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.RegistryFactory;
import org.scatterbench.cli.CliException;

/**
 * The virtual phone in its own process, so the demo talks to it over a real TCP connection like
 * to any phone: plain Java runs {@code java -cp <this class path> ScatterbenchCli emulator ...}; in
 * the product it runs the product's launcher ({@code <eclipse.home>/scatterbench -application org.scatterbench.cli.app}).
 */
final class EmulatorProcess implements AutoCloseable {

    private static final String LISTENING = "listening on ";
    private final Process process;
    private final String address;

    private EmulatorProcess(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    static EmulatorProcess start(Path image, Path log) {
        List<String> cmd = new ArrayList<>(launcher());
        cmd.addAll(List.of("emulator", "--chip", "mt6765", "--image", image.toString(), "--listen", "0"));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot start the virtual phone (" + String.join(" ", cmd) + "): "
                    + e.getMessage());
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> addr = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = r.readLine()) != null;) {
                    int i = line.indexOf(LISTENING);
                    if (i >= 0) {
                        return line.substring(i + LISTENING.length()).trim();
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String a = addr.get(60, TimeUnit.SECONDS);
            if (a == null) {
                throw new CliException(ExitCodes.FAILURE, "the virtual phone exited before listening; see " + log);
            }
            return new EmulatorProcess(p, a);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new CliException(ExitCodes.FAILURE, "the virtual phone did not start listening within 60 s; see " + log);
        }
    }

    private static List<String> launcher() {
        if (RegistryFactory.getRegistry() != null) {
            String home = System.getProperty("eclipse.home.location");
            if (home != null) {
                Path script = Paths.get(URI.create(home.endsWith("/") ? home : home + "/")).resolve("scatterbench");
                if (Files.isExecutable(script)) {
                    // -data @none: the phone process needs no workspace, and must not contend for the parent's lock
                    return List.of(script.toString(), "-data", "@none", "-application", "org.scatterbench.cli.app");
                }
            }
        }
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.scatterbench.cli.ScatterbenchCli");
    }

    /** {@code tcp://127.0.0.1:PORT}. */
    String address() {
        return address;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
