package org.scatterbench.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OpenFailureExplainerTest {

    private static final String ACM = "/dev/ttyACM0";
    private final OpenFailureExplainer explainer = new OpenFailureExplainer();

    private static OpenFailureFacts facts(boolean readable, List<ProcessRef> holders, boolean mm, int errno) {
        return new OpenFailureFacts(ACM, true, readable, readable, "dialout", holders, 100, mm, errno);
    }

    @Test
    void permissionProblemsNameTheGroupAndTheUdevRule() {
        String m = explainer.explain(facts(false, List.of(), false, 13));
        assertThat(m).contains("permission denied on /dev/ttyACM0").contains("sudo usermod -aG dialout $USER")
                .contains("releng/udev/51-scatterbench-mediatek.rules");
        OpenFailureFacts uucp = new OpenFailureFacts(ACM, true, true, false, "uucp", List.of(), 100, false, 0);
        assertThat(explainer.explain(uucp)).contains("'uucp' group").contains("usermod -aG uucp");
    }

    @Test
    void modemManagerHoldingThePortGetsBothRemedies() {
        String m = explainer.explain(facts(true, List.of(new ProcessRef(812, "ModemManager")), true, 16));
        assertThat(m).contains("held by ModemManager (pid 812)").contains("sudo systemctl stop ModemManager")
                .contains("ENV{ID_MM_DEVICE_IGNORE}=\"1\"");
    }

    @Test
    void aRunningModemManagerIsSuspectedWhenNobodyVisibleHoldsThePort() {
        String m = explainer.explain(facts(true, List.of(), true, 16));
        assertThat(m).contains("busy").contains("ModemManager is running").contains("systemctl stop ModemManager");
    }

    @Test
    void anotherProgramIsNamed() {
        String m = explainer.explain(facts(true, List.of(new ProcessRef(4242, "minicom")), false, 16));
        assertThat(m).contains("in use by minicom (pid 4242)");
    }

    @Test
    void thisProgramIsRecognised() {
        assertThat(explainer.explain(facts(true, List.of(new ProcessRef(100, "java")), false, 16)))
                .contains("already open in this program");
    }

    @Test
    void aDeviceThatIsNoTerminalIsNamedAsSuchEvenWhenThisProgramHoldsIt() {
        // /dev/null: open as this JVM's stdin, and not a serial port at all
        OpenFailureFacts f = new OpenFailureFacts("/dev/null", true, true, true, "root",
                List.of(new ProcessRef(100, "java")), 100, false, 25);
        assertThat(explainer.explain(f)).contains("/dev/null is not a serial port").doesNotContain("already open");
    }

    @Test
    void aMissingPortIsExplainedBeforeAnythingElse() {
        OpenFailureFacts f = new OpenFailureFacts(ACM, false, false, false, null, List.of(), 1, true, 2);
        assertThat(explainer.explain(f)).contains("does not exist").contains("Volume-Down");
    }

    @Test
    void anUnknownErrorKeepsItsCode() {
        assertThat(explainer.explain(facts(true, List.of(), false, 5))).contains("could not open serial port /dev/ttyACM0")
                .contains("system error 5");
    }
}
