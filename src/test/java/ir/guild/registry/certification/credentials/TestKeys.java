package ir.guild.registry.certification.credentials;

import java.nio.file.Path;
import java.util.Optional;

/** Two fixed private keys, made for the tests only: an older EC P-256 key and a newer Ed25519 one. */
final class TestKeys {

    static final String OLD_KID = "guild-2025";
    static final String NEW_KID = "guild-2026";

    static final String OLD_EC = """
            {"kty":"EC","crv":"P-256","kid":"guild-2025","d":"sj_1y6ygfc9oUTsxK68prADTIJXv1NNo-riZv-609PQ",\
            "x":"Y8-BgnWCs2Wbp0Mc6UlGdBIEZI6j_tRHEM-C9q5khjc","y":"yB81qK9oL3DEi0n0ZnX1sgnWpqZSHjIp_7Se8dPwtKk"}""";

    static final String NEW_ED25519 = """
            {"kty":"OKP","crv":"Ed25519","kid":"guild-2026","d":"cPcYggr2EEtZtnackiSewHhL93_YCjlmqqnnegEBoZs",\
            "x":"9kbmdJkxXEWGg3Ktogf68WqgIzeD9Wi94K3kRipqvLo"}""";

    /** Both keys as {@code guild.credentials.keys} takes them. */
    static final String BOTH = "{\"keys\":[" + OLD_EC + "," + NEW_ED25519 + "]}";

    private TestKeys() {
    }

    /** Configuration as the app would read it. */
    record Config(String issuer, Optional<String> signingKeyId, Optional<String> keys, Optional<Path> keyFile)
            implements CredentialsConfig {

        static Config keys(String keys, String signingKeyId) {
            return new Config("https://guild.example", Optional.ofNullable(signingKeyId), Optional.of(keys),
                    Optional.empty());
        }

        static Config keyFile(Path file) {
            return new Config("https://guild.example", Optional.empty(), Optional.empty(), Optional.of(file));
        }
    }
}
