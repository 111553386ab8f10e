package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who belongs to which company, and as what: the company columns of the accounts. Changes here end the tokens of the
 * account they change (its company or company role is in every decision made for it from then on). Callers that
 * check a rule over the whole team (at least one owner) first {@link #lockTeam lock the team}.
 */
@Singleton
public class Memberships {
    private final Sql sql;
    private final TokenVersions versions;
    private final Clock clock;

    Memberships(Sql sql, TokenVersions versions, Clock clock) {
        this.sql = sql;
        this.versions = versions;
        this.clock = clock;
    }

    @Serdeable
    public record Member(UUID userId, String displayName, String email, CompanyRole companyRole, Instant joinedAt) {
    }

    /** An account as membership rules see it; {@code companyId} and {@code companyRole} are null outside a company. */
    public record Account(UUID userId, String email, Role role, @Nullable UUID companyId,
                          @Nullable CompanyRole companyRole) {
    }

    public Optional<Account> account(UUID userId) {
        return sql.one("SELECT id, email, role, company_id, company_role FROM app_user WHERE id = ? AND deleted_at IS "
                + "NULL", Memberships::account, userId);
    }

    public Optional<Account> accountByEmail(String email) {
        return sql.one("SELECT id, email, role, company_id, company_role FROM app_user WHERE lower(email) = lower(?) "
                + "AND deleted_at IS NULL", Memberships::account, email.strip());
    }

    /** The company's members, owners first, then by name. */
    public List<Member> members(UUID companyId) {
        return sql.list("""
                SELECT id, display_name, email, company_role, joined_company_at FROM app_user
                WHERE company_id = ? ORDER BY company_role = 'OWNER' DESC, display_name, email""",
                row -> new Member(row.getObject("id", UUID.class), row.getString("display_name"),
                        row.getString("email"), CompanyRole.valueOf(row.getString("company_role")),
                        Sql.instant(row, "joined_company_at")), companyId);
    }

    /**
     * Locks every member row of the company until the transaction ends and answers the members, so that two owners
     * changing the team at once take turns and the team's rules hold after both.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Member> lockTeam(UUID companyId) {
        sql.list("SELECT id FROM app_user WHERE company_id = ? ORDER BY id FOR UPDATE", row -> row.getObject(1,
                UUID.class), companyId);
        return members(companyId);
    }

    /** The account joins the company (it must belong to none). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void join(UUID userId, UUID companyId, Role role, CompanyRole companyRole) {
        int changed = sql.update("""
                UPDATE app_user SET company_id = ?, role = ?, company_role = ?, joined_company_at = ?
                WHERE id = ? AND company_id IS NULL""", companyId, role.name(), companyRole.name(), now(), userId);
        if (changed != 1) {
            throw new IllegalStateException("account " + userId + " already belongs to a company");
        }
        versions.revokeAll(userId);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void changeRole(UUID userId, UUID companyId, CompanyRole companyRole) {
        sql.update("UPDATE app_user SET company_role = ? WHERE id = ? AND company_id = ?", companyRole.name(), userId,
                companyId);
        versions.revokeAll(userId);
    }

    /** The account leaves its company and stays, unaffiliated. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void leave(UUID userId, UUID companyId) {
        sql.update("""
                UPDATE app_user SET company_id = NULL, company_role = NULL, joined_company_at = NULL,
                    role = 'UNAFFILIATED' WHERE id = ? AND company_id = ?""", userId, companyId);
        versions.revokeAll(userId);
    }

    private static Account account(java.sql.ResultSet row) throws java.sql.SQLException {
        String companyRole = row.getString("company_role");
        return new Account(row.getObject("id", UUID.class), row.getString("email"),
                Role.valueOf(row.getString("role")), row.getObject("company_id", UUID.class),
                companyRole == null ? null : CompanyRole.valueOf(companyRole));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
