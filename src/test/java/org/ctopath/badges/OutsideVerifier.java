package org.ctopath.badges;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * A verifier that knows nothing of this application but the issuer's JWK Set address: jose4j (not
 * the application's Nimbus) fetches the JWK Set, picks the key whose {@code kid} is the header's,
 * checks the RS256 signature and the registered claims OB 3.0 requires ({@code iss}, {@code nbf},
 * {@code jti}).
 */
final class OutsideVerifier {

    private OutsideVerifier() {
    }

    static JwtClaims verify(String compact, String jwksUrl, String issuer) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(jwksUrl)))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(issuer)
                .setRequireNotBefore()
                .setRequireJwtId()
                .setSkipDefaultAudienceValidation()
                .build()
                .processToClaims(compact);
    }
}
