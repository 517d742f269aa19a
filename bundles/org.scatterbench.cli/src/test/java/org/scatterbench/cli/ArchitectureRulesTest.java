package org.scatterbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The house rules of ARCHITECTURE.md, checked on every build: only *.ui bundles touch SWT, JFace
 * or org.eclipse.ui; model, scatter, layout and image are plain Java; the virtual phone shares no
 * code with the host side; the workbench core does not depend on the editor and diff bundles.
 */
class ArchitectureRulesTest {

    private static final Pattern UI_NAME = Pattern.compile("org\\.eclipse\\.(swt|jface|ui)(\\.[\\w.]*)?");
    private static final Pattern UI_IMPORT = Pattern.compile("^import\\s+(static\\s+)?org\\.eclipse\\.(swt|jface|ui)\\.",
            Pattern.MULTILINE);

    private static Path bundlesDir() {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("bundles/org.scatterbench.model"))) {
            p = p.getParent();
        }
        assertThat(p).as("repository root above " + Paths.get("").toAbsolutePath()).isNotNull();
        return p.resolve("bundles");
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> s = Files.list(bundlesDir())) {
            return s.filter(d -> Files.isRegularFile(d.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
        }
    }

    private static boolean isUiBundle(Path bundle) {
        String n = bundle.getFileName().toString();
        return n.endsWith(".ui") || n.endsWith(".ui.tests");
    }

    private static List<String> dependencies(Path bundle) throws IOException {
        Manifest mf;
        try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
            mf = new Manifest(in);
        }
        List<String> deps = new ArrayList<>();
        for (String header : new String[] { "Require-Bundle", "Import-Package", "Fragment-Host" }) {
            String v = mf.getMainAttributes().getValue(header);
            if (v != null) {
                for (String clause : v.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                    deps.add(clause.split(";")[0].trim());
                }
            }
        }
        return deps;
    }

    /** Names of UI packages or bundles among a bundle's dependencies. */
    static List<String> uiDependencies(List<String> deps) {
        return deps.stream().filter(d -> UI_NAME.matcher(d).matches()).toList();
    }

    /** Source files that import SWT, JFace or org.eclipse.ui. */
    private static List<String> uiImports(Path bundle) throws IOException {
        List<String> offenders = new ArrayList<>();
        Path src = bundle.resolve("src");
        if (!Files.isDirectory(src)) {
            return offenders;
        }
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = UI_IMPORT.matcher(Files.readString(f));
                if (m.find()) {
                    offenders.add(bundlesDir().relativize(f).toString());
                }
            }
        }
        return offenders;
    }

    @Test
    void theDetectorRecognisesUiDependencies() {
        assertThat(uiDependencies(List.of("org.eclipse.swt", "org.eclipse.jface.viewers", "org.eclipse.ui.forms",
                "org.eclipse.core.runtime", "org.eclipse.uiextra", "org.scatterbench.ui")))
                .containsExactly("org.eclipse.swt", "org.eclipse.jface.viewers", "org.eclipse.ui.forms");
        assertThat(UI_IMPORT.matcher("package x;\nimport org.eclipse.swt.widgets.Shell;\n").find()).isTrue();
        assertThat(UI_IMPORT.matcher("package x;\nimport org.eclipse.core.runtime.Status;\n").find()).isFalse();
    }

    @Test
    void onlyUiBundlesUseSwtJfaceOrTheWorkbench() throws IOException {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Path b : bundles()) {
            if (isUiBundle(b)) {
                continue;
            }
            checked++;
            for (String d : uiDependencies(dependencies(b))) {
                violations.add(b.getFileName() + " depends on " + d);
            }
            for (String f : uiImports(b)) {
                violations.add(f + " imports a UI package");
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(11);
        assertThat(violations).isEmpty();
    }

    @Test
    void plainJavaBundlesDependOnNoFramework() throws IOException {
        for (String plain : List.of("model", "image", "scatter", "layout")) {
            Path b = bundlesDir().resolve("org.scatterbench." + plain);
            assertThat(dependencies(b)).as(plain).allMatch(d -> d.startsWith("org.scatterbench."));
        }
    }

    @Test
    void theVirtualPhoneSharesNoCodeWithTheHostSide() throws IOException {
        assertThat(dependencies(bundlesDir().resolve("org.scatterbench.emulator")))
                .noneMatch(d -> d.startsWith("org.scatterbench.flash") || d.startsWith("org.scatterbench.transport")
                        || d.startsWith("org.scatterbench.chip"));
    }

    @Test
    void theWorkbenchCoreDoesNotDependOnTheEditorOrDiffBundles() throws IOException {
        assertThat(dependencies(bundlesDir().resolve("org.scatterbench.ui")))
                .doesNotContain("org.scatterbench.scatter.ui", "org.scatterbench.layout.ui");
    }
}
