package org.scatterbench.emulator.xflash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.testhost.TestHost;
import org.scatterbench.emulator.transport.PipeEndpoint;

/** Options that make the virtual DA answer as some real DAs do, so host tests can meet them. */
@Timeout(60)
class RealDaQuirksTest {

    private static PipeEndpoint start(EmmcStorage storage, DaIdentity id) {
        return PipeEndpoint.connect(VirtualPhone.builder(ChipProfiles.mt6765(), storage).daIdentity(id).build());
    }

    @Test
    void aReadZeroFlagPrecedesEachDataPacketAndIsNotAcknowledged() throws Exception {
        EmmcStorage storage = EmmcStorage.inMemory(8L << 20, 512L << 10, 256 << 10);
        byte[] data = new byte[3000 + 512 * 4];
        new Random(7).nextBytes(data);
        storage.user().write(0x4000, data, 0, data.length);
        PipeEndpoint pipe = start(storage, DaIdentity.defaults().withPacketLengths(0x100000, 2048)
                .withReadZeroFlag(true));
        try {
            TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
            h.connect();
            h.xsend(TestHost.READ_DATA);
            h.expectStatus(0);
            h.xsend(TestHost.storageParam(8, 0x4000, data.length));
            h.expectStatus(0);
            h.expectStatus(0);
            ByteBuffer got = ByteBuffer.allocate(data.length);
            int flags = 0;
            while (got.hasRemaining()) {
                byte[] flag = h.readPacket();
                assertThat(flag).as("the zero flag").containsExactly(0, 0, 0, 0);
                flags++;
                byte[] chunk = h.readPacket(); // no ack was sent for the flag
                assertThat(chunk.length).isGreaterThan(4);
                got.put(chunk);
                h.xsend(0);
            }
            h.expectStatus(0);
            assertThat(got.array()).isEqualTo(data);
            assertThat(flags).isEqualTo(3);
        } finally {
            pipe.close();
        }
    }

    @Test
    void theConnectionAgentCanBeBrom() throws Exception {
        PipeEndpoint pipe = start(EmmcStorage.inMemory(1L << 20, 512L << 10, 256 << 10),
                DaIdentity.defaults().withConnectionAgent("brom"));
        try {
            TestHost h = new TestHost(pipe.hostIn(), pipe.hostOut());
            h.connect();
            assertThat(new String(h.getter(0x04000A), StandardCharsets.US_ASCII)).isEqualTo("brom");
            assertThat(ByteBuffer.wrap(h.getter(0x040007)).order(ByteOrder.LITTLE_ENDIAN).getInt())
                    .isEqualTo(0x100000);
        } finally {
            pipe.close();
        }
    }
}
