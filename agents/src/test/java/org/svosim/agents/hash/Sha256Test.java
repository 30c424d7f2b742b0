package org.svosim.agents.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256Test {
    @Test
    void hexOfAbcIsTheFipsTestVector() {
        assertThat(Sha256.hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void clonedDigestsDoNotShareState() {
        MessageDigest first = Sha256.digest();
        first.update("a text half hashed".getBytes(StandardCharsets.UTF_8));
        MessageDigest second = Sha256.digest();

        assertThat(HexFormat.of().formatHex(second.digest("abc".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Sha256.hex("abc"));
    }
}
