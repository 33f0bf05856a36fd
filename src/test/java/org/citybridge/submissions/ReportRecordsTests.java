package org.citybridge.submissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Actor;
import org.citybridge.shared.DateRange;
import org.citybridge.submissions.domain.Adoption;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionReview;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The submissions' year work records for the evaluation: one per report with its final outcome and its article. */
@IntegrationTest
class ReportRecordsTests {

    private static final String JIUQUAN = "620900";

    @Autowired
    Fixtures fixtures;
    @Autowired
    SubmissionWriting writing;
    @Autowired
    SubmissionReview review;
    @Autowired
    ReportRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aReturnedAndResubmittedReportIsOneRecordWithItsFinalOutcome() {
        fixtures.member(JIUQUAN);
        long person = fixtures.person("酒泉联络员");
        fixtures.appoint(JIUQUAN, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        Actor liaison = SubmissionTesting.liaison(JIUQUAN, person);
        long column = jdbc.sql("SELECT id FROM portal_column WHERE slug = 'liaison-work'").query(Long.class).single();
        long adopted = report(liaison, "酒泉：戈壁新城建设");
        Fixtures.as(SubmissionTesting.staff(), () -> review.review(adopted, ReviewAction.RETURN, "请补充数据", null));
        Fixtures.as(liaison, () -> writing.submit(adopted));
        Fixtures.as(SubmissionTesting.staff(), () -> review.review(adopted, ReviewAction.ADOPT, null,
                new Adoption(column, null, null, null, null, null)));
        long rejected = report(liaison, "酒泉：一般性动态");
        Fixtures.as(SubmissionTesting.staff(), () -> review.review(rejected, ReviewAction.REJECT, "不予采用", null));
        long waiting = report(liaison, "酒泉：待审稿件");

        LocalDate today = LocalDate.now(clock);
        List<ReportRecord> found = records.submittedIn(new DateRange(today.minusDays(1), today.plusDays(1))).stream()
                .filter(r -> r.cityCode().equals(JIUQUAN)).toList();

        assertThat(found).extracting(ReportRecord::id).containsExactly(adopted, rejected, waiting);
        ReportRecord published = found.get(0);
        assertThat(published.status()).isEqualTo(SubmissionStatus.ADOPTED);
        assertThat(published.returned()).isTrue();
        assertThat(published.adoptedAt()).isNotNull();
        assertThat(published.articleId()).isNotNull();
        assertThat(published.published()).isTrue();
        assertThat(published.hits()).isZero();
        assertThat(published.authorPersonId()).isEqualTo(person);
        assertThat(published.submittedBy()).isEqualTo(liaison.username());
        assertThat(found.get(1).status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(found.get(1).returned()).isFalse();
        assertThat(found.get(1).adoptedAt()).isNull();
        assertThat(found.get(2).status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(found.get(2).published()).isFalse();
    }

    private long report(Actor liaison, String title) {
        return Fixtures.as(liaison, () -> writing.create(new ReportInput(title, SubmissionKind.CITY_NEWS, "<p>" + title + "</p>"),
                true, List.of()));
    }
}
