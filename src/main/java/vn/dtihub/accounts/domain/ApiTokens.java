package vn.dtihub.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.VietnameseText;

/**
 * Bearer tokens for API clients. Only a SHA-256 hash is stored (a token is 256 random bits, so a plain hash is
 * enough); the token itself is shown once, at creation. Tokens expire and can be revoked by their owner.
 */
@Component
public class ApiTokens {

    public static final Duration SIGN_IN_LIFETIME = Duration.ofHours(12);
    public static final Duration PERSONAL_LIFETIME = Duration.ofDays(90);
    /** The name of the tokens the sign-in endpoint issues, followed by when. */
    public static final String SIGN_IN_NAME = "sign-in ";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "dth_";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public IssuedToken issue(long userId, String userPath, String name, Duration lifetime) {
        String label = VietnameseText.nfc(name);
        if (label == null || label.isEmpty()) {
            throw new InvalidInputException("name", "validation.required", "The name is required");
        }
        if (label.length() > 100) {
            throw new InvalidInputException("name", "validation.tooLong", "Too long");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(lifetime);
        long id = jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, prefix, expires_at)
                        values (:u, :n, :h, :p, :e) returning id""")
                .param("u", userId)
                .param("n", label)
                .param("h", hash(token))
                .param("p", token.substring(0, 8))
                .param("e", Timestamp.from(expires))
                .query(Long.class)
                .single();
        audit.record(AuditRecord.of("TOKEN_CREATED", "api_token", id, userPath).withDetail(label));
        return new IssuedToken(id, token, expires);
    }

    /**
     * The owner of a valid (known, unexpired, unrevoked) token; records its use to the minute. A client calling many
     * times a second (an import, a deadline day) would otherwise write the token's row on every call.
     */
    public Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        with valid as (
                          select id, user_id, last_used_at from api_token
                           where token_hash = :h and revoked_at is null and expires_at > now()),
                        used as (
                          update api_token t set last_used_at = now() from valid
                           where t.id = valid.id
                             and (valid.last_used_at is null or valid.last_used_at < now() - interval '1 minute'))
                        select user_id from valid""").param("h", hash(token)).query(Long.class).optional();
    }

    public List<TokenInfo> ofUser(long userId) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, expires_at, revoked_at, last_used_at from api_token
                         where user_id = :u order by revoked_at is not null, created_at desc""")
                .param("u", userId)
                .query((rs, row) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("revoked_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null),
                        Optional.ofNullable(rs.getTimestamp("last_used_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .list();
    }

    /** Revokes one of the user's own tokens; false when the user has no such token. */
    public boolean revoke(long userId, long tokenId, String userPath) {
        boolean revoked = jdbc.sql("update api_token set revoked_at = now() where id = :id and user_id = :u"
                                + " and revoked_at is null")
                        .param("id", tokenId)
                        .param("u", userId)
                        .update()
                == 1;
        if (revoked) {
            audit.record(AuditRecord.of("TOKEN_REVOKED", "api_token", tokenId, userPath));
        }
        return revoked;
    }

    /** Revokes the tokens the sign-in endpoint issued (not the personal ones the user made). */
    public void revokeSignIns(long userId) {
        jdbc.sql("update api_token set revoked_at = now() where user_id = :u and revoked_at is null"
                        + " and name like :signIn")
                .param("u", userId)
                .param("signIn", SIGN_IN_NAME + "%")
                .update();
    }

    public void revokeAll(long userId) {
        jdbc.sql("update api_token set revoked_at = now() where user_id = :u and revoked_at is null")
                .param("u", userId)
                .update();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record IssuedToken(long id, String token, Instant expiresAt) {}

    public record TokenInfo(
            long id,
            String name,
            String prefix,
            Instant createdAt,
            Instant expiresAt,
            Instant revokedAt,
            Instant lastUsedAt) {
        public boolean usable() {
            return revokedAt == null && expiresAt.isAfter(Instant.now());
        }
    }
}
