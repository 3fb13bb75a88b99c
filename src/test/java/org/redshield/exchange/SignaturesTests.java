package org.redshield.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The documented signature scheme: {@code sha256=} + hex HMAC-SHA256 of {@code timestamp + "." + body}, checked
 * against a value computed outside Java, and its verification with the clock tolerance.
 */
class SignaturesTests {

	static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

	@Test
	void signsTheTimestampDotBodyWithHmacSha256() {
		// computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac Jefe
		assertThat(Signatures.sign("Jefe", "1700000000", BODY))
			.isEqualTo("sha256=fa5f6481efc59da48b19c9dc10196c9953e5651f8304b3a318b6b87d70272e0a");
	}

	@Test
	void verifiesOnlyTheRightSecretBodyAndFreshTimestamp() {
		Instant now = Instant.ofEpochSecond(1_700_000_100);
		String signature = Signatures.sign("secret-secret-secret-secret-1234", "1700000000", BODY);
		Duration tolerance = Duration.ofMinutes(5);

		assertThat(Signatures.verify("secret-secret-secret-secret-1234", "1700000000", signature, BODY, now, tolerance))
			.isTrue();
		assertThat(Signatures.verify("secret-secret-secret-secret-1234", "1700000000", signature.toUpperCase()
			.replace("SHA256=", "sha256="), BODY, now, tolerance)).isTrue();
		assertThat(Signatures.verify("another-secret-another-secret-12", "1700000000", signature, BODY, now, tolerance))
			.isFalse();
		assertThat(Signatures.verify("secret-secret-secret-secret-1234", "1700000000", signature,
				"{\"a\":2}".getBytes(StandardCharsets.UTF_8), now, tolerance)).isFalse();
		assertThat(Signatures.verify("secret-secret-secret-secret-1234", "1700000001", signature, BODY, now, tolerance))
			.isFalse();
		assertThat(Signatures.verify("secret-secret-secret-secret-1234", "1700000000", signature, BODY,
				now.plus(Duration.ofMinutes(6)), tolerance)).isFalse();
		assertThat(Signatures.verify("secret-secret-secret-secret-1234", null, signature, BODY, now, tolerance)).isFalse();
		assertThat(Signatures.verify("secret-secret-secret-secret-1234", "soon", signature, BODY, now, tolerance)).isFalse();
		assertThat(Signatures.verify("secret-secret-secret-secret-1234", "1700000000", null, BODY, now, tolerance)).isFalse();
	}
}
