package io.musubi.inquiry;

import io.musubi.platform.Sql;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.AccountService;
import io.musubi.account.ConfirmedSenders;
import io.musubi.company.CompanyService;
import io.musubi.opportunity.Capacity;
import io.musubi.opportunity.CapacityService;
import io.musubi.opportunity.Need;
import io.musubi.opportunity.NeedService;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Threads between two companies. Only the two companies see a thread (to anyone else it does not exist: 404).
 * The firm behind an anonymous need stays hidden from the sender until it replies.
 */
@Singleton
class InquiryService {
    private final Clock clock;
    private final InquiryRepository inquiries;
    private final InquiryMessageRepository messages;
    private final CompanyService companies;
    private final NeedService needs;
    private final CapacityService capacities;
    private final AccountService accounts;
    private final ConfirmedSenders confirmedSenders;
    private final Sql sql;
    private final InquiryNotices notices;

    InquiryService(InquiryRepository inquiries, InquiryMessageRepository messages, CompanyService companies,
                   NeedService needs, CapacityService capacities, AccountService accounts,
                   ConfirmedSenders confirmedSenders, Sql sql, InquiryNotices notices, Clock clock) {
        this.clock = clock;
        this.inquiries = inquiries;
        this.messages = messages;
        this.companies = companies;
        this.needs = needs;
        this.capacities = capacities;
        this.accounts = accounts;
        this.confirmedSenders = confirmedSenders;
        this.sql = sql;
        this.notices = notices;
    }

    @Transactional
    public InquiryViews.Thread start(Actor actor, InquiryViews.StartRequest request) {
        UUID from = actor.requireCompany();
        confirmedSenders.require(actor);
        UUID to;
        boolean hidden = false;
        switch (request.subjectType()) {
            case COMPANY -> to = companies.summary(request.subjectId()).map(CompanyService.Summary::id)
                    .orElseThrow(() -> ApiException.notFound("Company " + request.subjectId()));
            case NEED -> {
                Need need = needs.row(request.subjectId())
                        .orElseThrow(() -> ApiException.notFound("Need " + request.subjectId()));
                to = need.companyId();
                hidden = need.anonymous();
            }
            case CAPACITY -> to = capacities.row(request.subjectId()).map(Capacity::companyId)
                    .orElseThrow(() -> ApiException.notFound("Capacity " + request.subjectId()));
            default -> throw new IllegalStateException();
        }
        if (to.equals(from)) {
            throw ApiException.invalid("subjectId", "own", "is your own company's; inquiries go to other companies");
        }
        Instant now = now();
        Inquiry inquiry = inquiries.save(new Inquiry(UUID.randomUUID(), from, to, request.subjectType(),
                request.subjectId(), Inquiry.Status.OPEN, hidden, now, now));
        InquiryMessage first = messages.save(new InquiryMessage(UUID.randomUUID(), inquiry.id(), actor.userId(), from,
                request.message().strip(), now));
        inquiries.markRead(inquiry.id(), from, now);
        notices.messageSent(inquiry, first);
        return thread(inquiry, from);
    }

    @Transactional(readOnly = true)
    public InquiryViews.Inbox inbox(Actor actor) {
        UUID company = actor.requireCompany();
        Map<UUID, Long> unread = unreadByThread(company);
        List<InquiryViews.Summary> items = inquiries.findInvolving(company).stream().map(i -> new InquiryViews.Summary(
                i.id(), subject(i), counterpart(i, company), i.counterpartOf(company) == null, i.sentBy(company),
                i.status().name(),
                unread.getOrDefault(i.id(), 0L), i.createdAt(), i.lastMessageAt())).toList();
        return new InquiryViews.Inbox(items, unread.values().stream().mapToLong(Long::longValue).sum());
    }

    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return unreadByThread(actor.requireCompany()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Reading a thread marks it read for the reader's company. */
    @Transactional
    public InquiryViews.Thread read(Actor actor, UUID id) {
        UUID company = actor.requireCompany();
        Inquiry inquiry = involving(id, company, false);
        inquiries.markRead(id, company, now());
        return thread(inquiry, company);
    }

    @Transactional
    public InquiryViews.Message reply(Actor actor, UUID id, String body) {
        UUID company = actor.requireCompany();
        confirmedSenders.require(actor);
        Inquiry inquiry = involving(id, company, true);
        if (inquiry.counterpartOf(company) == null) {
            throw new ApiException(HttpStatus.CONFLICT, "counterpart_deleted", "The other company was deleted",
                    List.of());
        }
        if (inquiry.status() == Inquiry.Status.CLOSED) {
            throw new ApiException(HttpStatus.CONFLICT, "closed", "This inquiry is closed", List.of());
        }
        Instant now = now();
        InquiryMessage message = messages.save(new InquiryMessage(UUID.randomUUID(), id, actor.userId(), company,
                body.strip(), now));
        boolean receiverReplies = !inquiry.sentBy(company);
        inquiries.update(new Inquiry(id, inquiry.fromCompanyId(), inquiry.toCompanyId(), inquiry.subjectType(),
                inquiry.subjectId(), receiverReplies ? Inquiry.Status.ANSWERED : inquiry.status(),
                inquiry.toHidden() && !receiverReplies, inquiry.createdAt(), now));
        inquiries.markRead(id, company, now);
        notices.messageSent(inquiry, message);
        return new InquiryViews.Message(message.id(), true, accounts.displayNames(List.of(actor.userId()))
                .getOrDefault(actor.userId(), ""), message.body(), message.createdAt());
    }

    @Transactional
    public InquiryViews.Thread close(Actor actor, UUID id) {
        UUID company = actor.requireCompany();
        Inquiry inquiry = involving(id, company, true);
        Inquiry closed = inquiries.update(new Inquiry(id, inquiry.fromCompanyId(), inquiry.toCompanyId(),
                inquiry.subjectType(), inquiry.subjectId(), Inquiry.Status.CLOSED, inquiry.toHidden(),
                inquiry.createdAt(), inquiry.lastMessageAt()));
        return thread(closed, company);
    }

    private Inquiry involving(UUID id, UUID company, boolean lock) {
        return (lock ? inquiries.findForUpdate(id) : inquiries.findById(id)).filter(i -> i.involves(company))
                .orElseThrow(() -> ApiException.notFound("Inquiry " + id));
    }

    private InquiryViews.Thread thread(Inquiry inquiry, UUID company) {
        List<InquiryMessage> thread = messages.findByInquiryIdOrderByCreatedAt(inquiry.id());
        Map<UUID, String> authors = accounts.displayNames(thread.stream().map(InquiryMessage::authorUserId)
                .distinct().toList());
        boolean hideAuthors = inquiry.toHidden() && inquiry.sentBy(company);
        List<InquiryViews.Message> list = thread.stream().map(m -> new InquiryViews.Message(m.id(),
                m.authorCompanyId().equals(company), m.authorCompanyId().equals(company) || !hideAuthors
                        ? authors.getOrDefault(m.authorUserId(), "") : "", m.body(), m.createdAt())).toList();
        return new InquiryViews.Thread(inquiry.id(), subject(inquiry), counterpart(inquiry, company),
                inquiry.counterpartOf(company) == null, inquiry.sentBy(company), inquiry.status().name(), list, inquiry.createdAt(),
                inquiry.lastMessageAt());
    }

    private InquiryViews.Subject subject(Inquiry inquiry) {
        Localized titles = switch (inquiry.subjectType()) {
            case COMPANY -> companies.summary(inquiry.subjectId()).map(CompanyService.Summary::names)
                    .orElse(Localized.EMPTY);
            case NEED -> needs.row(inquiry.subjectId()).map(Need::titles).orElse(Localized.EMPTY);
            case CAPACITY -> capacities.row(inquiry.subjectId()).map(Capacity::titles).orElse(Localized.EMPTY);
        };
        return new InquiryViews.Subject(inquiry.subjectType().name(), inquiry.subjectId(), titles);
    }

    private InquiryViews.Counterpart counterpart(Inquiry inquiry, UUID company) {
        if (inquiry.toHidden() && inquiry.sentBy(company)) {
            return null;
        }
        UUID other = inquiry.counterpartOf(company);
        if (other == null) {
            return null;
        }
        return companies.summary(other).map(s -> new InquiryViews.Counterpart(s.id(), s.names())).orElse(null);
    }

    /** Messages from the other side newer than this company's last read, per thread. */
    private Map<UUID, Long> unreadByThread(UUID company) {
        Map<UUID, Long> unread = new HashMap<>();
        sql.list("""
                SELECT i.id, COUNT(m.id) FROM inquiry i
                JOIN inquiry_message m ON m.inquiry_id = i.id AND m.author_company_id <> ?
                LEFT JOIN inquiry_read r ON r.inquiry_id = i.id AND r.company_id = ?
                WHERE (i.from_company_id = ? OR i.to_company_id = ?)
                  AND (r.last_read_at IS NULL OR m.created_at > r.last_read_at)
                GROUP BY i.id""", r -> unread.put(r.getObject(1, UUID.class), r.getLong(2)), company, company,
                company, company);
        return unread;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
