package org.scatterbench.cli.flash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.fault.Direction;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.WriteJournal;
import org.scatterbench.emulator.transport.TcpEndpoint;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.model.ByteRange;

/**
 * Byte-level faults of the virtual phone at different phases (handshake, BROM, DA bring-up, table
 * read, writes): the flash either completes (a fault the protocol recovers from, such as a bad
 * handshake byte) or ends with one clear line and exit 1; either way no write lands outside the plan
 * and the protected partitions are untouched.
 */
class FaultInjectionTest {

    @TempDir
    Path tmp;

    private VirtualPhoneFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new VirtualPhoneFixture(tmp);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private static FaultPlan fault(String spec) {
        String[] f = spec.split(":");
        FaultPlan.Builder b = FaultPlan.builder();
        long at = Long.parseLong(f[2]);
        Direction d = f[1].equals("in") ? Direction.FROM_HOST : Direction.TO_HOST;
        switch (f[0]) {
            case "corrupt" -> b.corruptByte(d, at);
            case "drop" -> b.dropByte(d, at);
            case "cut" -> b.disconnectAfter(d, at);
            case "stall" -> b.stall(at, 5000);
            default -> throw new IllegalArgumentException(spec);
        }
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(strings = { "corrupt:out:2", "corrupt:out:40", "drop:in:12", "corrupt:in:600", "corrupt:out:25000",
            "cut:out:30000", "stall:out:20000", "corrupt:in:200000" })
    void aFaultEndsInAClearErrorOrACleanFlashAndNeverWritesOutsideThePlan(String spec) throws Exception {
        VirtualPhone phone = fx.phone(fault(spec));
        VirtualPhoneFixture.Result r;
        try (TcpEndpoint ep = TcpEndpoint.listen(phone, 0)) {
            r = VirtualPhoneFixture.cli("flash", "--port", "tcp://127.0.0.1:" + ep.port(), "--da", fx.da.toString(),
                    "--scatter", fx.rom.resolve(fx.scatter.getFileName()).toString(), "--yes", "--timeout", "2",
                    "--run-dir", tmp.resolve("run").toString());
        }
        assertThat(r.code()).as(r.toString()).isIn(0, 1);
        if (r.code() == 1) {
            assertThat(r.err()).as(r.toString()).contains("scatterbench: ").doesNotContain("Exception")
                    .doesNotContain("\tat ").doesNotContain("internal error");
        }
        List<ByteRange> planned = new Planner().plan(new PlanRequest(fx.layout, fx.layout, Optional.of(fx.rom),
                PlanMode.KEEP_DATA, Set.of())).touchedRanges();
        for (WriteJournal.Entry e : phone.journal().entries()) {
            assertThat(planned.stream().anyMatch(p -> p.contains(e.range()))).as(spec + ": " + e.range()).isTrue();
        }
        for (String kept : List.of("userdata", "nvram", "nvdata", "protect1", "protect2", "proinfo")) {
            assertThat(phone.journal().touches(fx.partition(kept).range())).as(kept).isFalse();
        }
    }
}
