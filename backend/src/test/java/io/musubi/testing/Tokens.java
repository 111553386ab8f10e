package io.musubi.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.musubi.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens signed with the local development secret, as the app issues them, for tests that need a role without
 * logging in (e.g. an admin registering companies). The app refuses tokens of users that do not exist, so the admin
 * token belongs to an account every test database has. Tests of accounts themselves log in for real.
 */
public final class Tokens {
    private static final String SECRET = io.musubi.platform.security.ProductionSettings.DEVELOPMENT_JWT_SECRET;
    /** The admin account behind {@link #admin()}; {@code TestAdminAccount} creates it in every test database. */
    public static final UUID ADMIN_ID = UUID.fromString("00000000-0000-4000-8000-00000000ad01");
    private static final String ADMIN = of(ADMIN_ID, Role.ADMIN, null);

    private Tokens() {
    }

    public static String admin() {
        return ADMIN;
    }

    public static String of(UUID user, Role role, UUID company) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user.toString())
                    .claim("roles", List.of(role.name())).issueTime(new Date())
                    .expirationTime(new Date(System.currentTimeMillis() + 3_600_000));
            if (company != null) {
                claims.claim("companyId", company.toString());
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
