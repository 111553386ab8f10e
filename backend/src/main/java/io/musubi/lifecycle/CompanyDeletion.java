package io.musubi.lifecycle;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.AccountDeletion;
import io.musubi.account.CompanyRole;
import io.musubi.account.Memberships;
import io.musubi.company.CompanyService;
import io.musubi.opportunity.CapacityService;
import io.musubi.opportunity.NeedService;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.outbox.Outbox;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * Deleting a company, by one of its owners (or an admin), after the password is given again. Its profile,
 * certificates, logo, needs, listings, invitations, event participations, recommendation feedback and introductions
 * leave the database (the schema's cascades, V10) and the search index (through the outbox); its members stay as
 * accounts without a company, their tokens ended. Conversations stay for the other side: the deleted side's
 * messages go, the thread is closed and shows that side as a deleted company.
 */
@Singleton
class CompanyDeletion {
    private final Memberships memberships;
    private final AccountDeletion accounts;
    private final CompanyService companies;
    private final Outbox outbox;
    private final Sql sql;

    CompanyDeletion(Memberships memberships, AccountDeletion accounts, CompanyService companies, Outbox outbox,
                    Sql sql) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.companies = companies;
        this.outbox = outbox;
        this.sql = sql;
    }

    @Transactional
    void delete(Actor actor, UUID companyId, String password) {
        companies.summary(companyId).orElseThrow(() -> ApiException.notFound("Company"));
        boolean owner = actor.isMemberOf(companyId) && memberships.account(actor.userId())
                .filter(a -> a.companyRole() == CompanyRole.OWNER).isPresent();
        if (!owner && !actor.isAdmin()) {
            throw Actor.forbidden("Only the company's owners delete it");
        }
        accounts.requirePassword(actor, password);
        sql.one("SELECT id FROM company WHERE id = ? FOR UPDATE", row -> row.getObject(1, UUID.class), companyId);
        for (Memberships.Member member : memberships.lockTeam(companyId)) {
            memberships.leave(member.userId(), companyId);
        }
        List<UUID> needs = ids("SELECT id FROM need WHERE company_id = ?", companyId);
        List<UUID> capacities = ids("SELECT id FROM capacity WHERE company_id = ?", companyId);
        sql.update("UPDATE inquiry SET status = 'CLOSED' WHERE from_company_id = ? OR to_company_id = ?", companyId,
                companyId);
        // threads whose other side is gone already have nobody left to read them
        sql.update("""
                DELETE FROM inquiry WHERE (from_company_id = ? AND to_company_id IS NULL)
                OR (to_company_id = ? AND from_company_id IS NULL)""", companyId, companyId);
        sql.update("DELETE FROM company WHERE id = ?", companyId);
        outbox.changed(CompanyService.AGGREGATE, companyId);
        outbox.changedAll(NeedService.AGGREGATE, needs);
        outbox.changedAll(CapacityService.AGGREGATE, capacities);
    }

    private List<UUID> ids(String query, UUID companyId) {
        return sql.list(query, row -> row.getObject(1, UUID.class), companyId);
    }
}
