package org.scatterbench.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.testhost.TestHost;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.transport.PipeEndpoint;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Random bytes from a host, at the BROM and at the DA, never crash the phone (the session ends as
 * "host closed", not as an internal error) and never write its flash.
 */
class GarbageFuzzTest {

    @Property(tries = 60)
    void garbageAtTheBromIsHarmless(@ForAll @Size(max = 2000) byte[] garbage) throws Exception {
        EmmcStorage storage = EmmcStorage.inMemory(1 << 20, 4096, 4096);
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), storage).build();
        PipeEndpoint pipe = PipeEndpoint.connect(phone);
        TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
        h.handshake();
        h.send(garbage);
        pipe.close();
        SessionLog log = pipe.awaitEnd(30, TimeUnit.SECONDS);
        assertThat(log.end()).contains(SessionLog.End.HOST_CLOSED);
        assertThat(storage.journal().isEmpty()).isTrue();
    }

    @Property(tries = 60)
    void garbageAtTheDaIsHarmless(@ForAll @Size(max = 2000) byte[] garbage) throws Exception {
        EmmcStorage storage = EmmcStorage.inMemory(1 << 20, 4096, 4096);
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), storage).build();
        PipeEndpoint pipe = PipeEndpoint.connect(phone);
        TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
        h.connect();
        h.send(garbage);
        // a packet header in the garbage followed by its command, to reach the command parsers
        h.xsend(0x010004);
        h.send(garbage);
        pipe.close();
        SessionLog log = pipe.awaitEnd(30, TimeUnit.SECONDS);
        assertThat(log.end()).contains(SessionLog.End.HOST_CLOSED);
        assertThat(storage.journal().isEmpty()).isTrue();
    }
}
