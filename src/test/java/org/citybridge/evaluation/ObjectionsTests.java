package org.citybridge.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.evaluation.domain.EvaluationScores;
import org.citybridge.evaluation.domain.EvaluationYears;
import org.citybridge.evaluation.domain.Objections;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Objections (申诉) in two Inner Mongolian cities, Tangshan and Qinhuangdao, on a year of their own: refused before the window
 * is set, before it opens and after it closes (the window set around the application's clock); raised by Tangshan's
 * liaison on its own city only; unknown to Qinhuangdao's liaison; answered by the secretariat with points that change the
 * total, every change logged with the total before and after and shown to the city.
 */
@IntegrationTest
class ObjectionsTests {

    private static final int YEAR = 2061;
    private static final String TANGSHAN = "130200";
    private static final String QINHUANGDAO = "130300";

    @Autowired
    Fixtures fixtures;
    @Autowired
    EvaluationYears years;
    @Autowired
    EvaluationScores scores;
    @Autowired
    Objections objections;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void aLiaisonObjectsWithinTheWindowOnItsOwnCityAndTheSecretariatsAnswerIsLogged() throws Exception {
        fixtures.member(TANGSHAN, QINHUANGDAO);
        long tangshanPerson = fixtures.person("唐山联络员");
        long qinhuangdaoPerson = fixtures.person("秦皇岛联络员");
        fixtures.appoint(TANGSHAN, tangshanPerson, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1));
        fixtures.appoint(QINHUANGDAO, qinhuangdaoPerson, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1));
        String tangshan = fixtures.account(Role.LIAISON, TANGSHAN, null, tangshanPerson);
        String qinhuangdao = fixtures.account(Role.LIAISON, QINHUANGDAO, null, qinhuangdaoPerson);
        String staff = fixtures.account(Role.STAFF);
        Actor tangshanLiaison = new Actor(tangshan, Role.LIAISON, TANGSHAN, null, tangshanPerson);
        fixtures.asAdmin(() -> { years.create(YEAR, null); years.changeStatus(YEAR, EvaluationStatus.SCORED); return null; });
        Objections.NewObjection objection = new Objections.NewObjection(null, IndicatorKind.RECEIPTS_ON_TIME, null, null,
                "三月回执已按时报送，系统记录有误", null);

        assertThatThrownBy(() -> Fixtures.as(tangshanLiaison, () -> objections.raise(YEAR, objection)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).endsWith("noWindow"));
        Instant now = clock.instant();
        window(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> Fixtures.as(tangshanLiaison, () -> objections.raise(YEAR, objection)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).endsWith("notYetOpen"));
        window(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        mvc.perform(post("/api/v1/evaluations/" + YEAR + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"逾期\"}").with(httpBasic(tangshan, Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("申诉期已截止")));

        window(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
        mvc.perform(post("/api/v1/evaluations/" + YEAR + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cityCode\":\"" + QINHUANGDAO + "\",\"reason\":\"替秦皇岛申诉\"}").with(httpBasic(tangshan, Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/evaluations/" + YEAR + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"秘书处不能申诉\"}").with(httpBasic(staff, Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/evaluations/" + YEAR + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"RECEIPTS_ON_TIME\",\"reason\":\" \"}").with(httpBasic(tangshan, Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableEntity());
        String created = mvc.perform(post("/api/v1/evaluations/" + YEAR + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cityCode\":\"" + TANGSHAN + "\",\"indicator\":\"RECEIPTS_ON_TIME\",\"reason\":\"三月回执已按时报送\"}")
                        .with(httpBasic(tangshan, Fixtures.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.log[0].action").value("RAISED"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));

        String one = "/api/v1/evaluations/" + YEAR + "/objections/" + id;
        mvc.perform(get(one).with(httpBasic(qinhuangdao, Fixtures.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/evaluations/" + YEAR + "/objections/" + id).cookie(Sessions.login(mvc, qinhuangdao, Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evaluations/" + YEAR + "/objections").with(httpBasic(qinhuangdao, Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("三月回执"))));

        BigDecimal before = fixtures.asAdmin(() -> scores.city(YEAR, TANGSHAN)).score().total();
        fixtures.asAdmin(() -> { objections.answer(YEAR, id, new Objections.Answer(true, new BigDecimal("1.5"), "经核实，回执按时报送，补加分值")); return null; });
        ObjectionView answered = fixtures.asAdmin(() -> objections.one(YEAR, id));
        assertThat(answered.status()).isEqualTo(ObjectionStatus.ACCEPTED);
        assertThat(answered.log()).extracting(ObjectionLogEntry::action).containsExactly("RAISED", "ACCEPTED");
        ObjectionLogEntry accepted = answered.log().get(1);
        assertThat(accepted.totalBefore()).isEqualByComparingTo(before);
        assertThat(accepted.totalAfter()).isEqualByComparingTo(before.add(new BigDecimal("1.5")));
        assertThat(accepted.statusBefore()).isEqualTo(ObjectionStatus.OPEN);
        assertThat(accepted.doneBy()).isEqualTo("fixtures");
        assertThat(fixtures.asAdmin(() -> scores.city(YEAR, TANGSHAN)).score().adjustments()).isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> { objections.answer(YEAR, id, new Objections.Answer(false, null, "再答")); return null; }))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).endsWith("answered"));

        mvc.perform(get("/admin/evaluations/" + YEAR + "/objections/" + id).cookie(Sessions.login(mvc, tangshan, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已采纳")))
                .andExpect(content().string(containsString("经核实，回执按时报送")))
                .andExpect(content().string(containsString(before.toPlainString() + " → ")));
        mvc.perform(get("/admin/evaluations/" + YEAR + "/objections").cookie(Sessions.login(mvc, tangshan, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"raise-objection\"")))
                .andExpect(content().string(containsString("data-id=\"" + id + "\"")));
        mvc.perform(get("/admin/evaluations/" + YEAR + "/objections").cookie(Sessions.login(mvc, staff, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"save-window\"")))
                .andExpect(content().string(not(containsString("id=\"raise-objection\""))));
    }

    private void window(Instant open, Instant close) {
        fixtures.asAdmin(() -> { years.setObjectionWindow(YEAR, open, close); return null; });
    }
}
