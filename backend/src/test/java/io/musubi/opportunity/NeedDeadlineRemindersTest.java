package io.musubi.opportunity;

import static io.musubi.testing.Api.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.testing.Accounts;
import io.musubi.testing.ApiAsUsers;
import io.musubi.testing.Notices;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: an open need's firm is reminded once when its deadline is a week away; closed needs are left alone. */
@MicronautTest(transactional = false)
class NeedDeadlineRemindersTest extends ApiAsUsers {
    @Inject
    NeedDeadlineReminders reminders;

    @Test
    void theFirmIsRemindedOnceAWeekBeforeTheDeadlineOfAnOpenNeed() {
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "締切重工業");
        String open = need(firm, "締切が近い試作部品", "OPEN", 5);
        need(firm, "締切が近いが終了済み", "CLOSED", 5);
        need(firm, "締切はまだ先", "OPEN", 30);

        reminders.remind();
        reminders.remind();
        List<Map<String, Object>> told = Notices.ofType(client, firm, "NEED_DEADLINE");
        assertThat(told).hasSize(1);
        assertThat(Notices.text(told.get(0), "title", "ja")).isEqualTo("ニーズ「締切が近い試作部品」の締切は "
                + LocalDate.now().plusDays(5) + " です");
        assertThat(told.get(0).get("link")).isEqualTo("/needs/" + open);
    }

    private String need(AccountService.Session firm, String title, String status, int days) {
        return client.retrieve(postJson("/api/needs", """
                {"titles": {"ja": "%s"}, "deadline": "%s", "status": "%s"}"""
                .formatted(title, LocalDate.now().plusDays(days), status)).bearerAuth(firm.token()), Map.class)
                .get("id").toString();
    }
}
