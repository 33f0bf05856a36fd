package org.citybridge.circulars;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The circulars API answers exactly the fields docs/api.md lists: no helper getter leaks as a field. */
@IntegrationTest
class DeliveryApiFieldsTests {

    private static final List<String> CIRCULAR = List.of("id", "docNumber", "title", "urgency", "bodyHtml", "status", "targets",
            "receiptForm", "deadline", "revision", "issuedBy", "issuedAt", "withdrawnBy", "withdrawnAt", "withdrawReason",
            "attachments", "revisions");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularIssuing issuing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    CircularWorld world;
    long circular;
    long delivery;

    @BeforeEach
    void aReplyWithDelegates() throws Exception {
        world = new CircularWorld(fixtures, issuing, jdbc, "511300", "511400");
        circular = world.issue(CircularWorld.attendanceForm());
        delivery = world.delivery(circular, world.cityA);
        mvc.perform(put("/api/v1/deliveries/" + delivery + "/receipt").with(httpBasic(world.liaisonA, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"f1\": \"参加\", \"f3\": [{\"name\": \"张三\", \"post\": \"处长\", \"phone\": \"13900001111\"}]}}"))
                .andExpect(status().isOk());
    }

    @Test
    void aDeliveryCarriesOnlyItsDocumentedFields() throws Exception {
        JsonNode answer = get("/api/v1/deliveries/" + delivery);

        assertThat(names(answer)).containsExactlyInAnyOrder("deliveryId", "cityCode", "cityName", "status", "readAt", "readBy",
                "repliedAt", "repliedBy", "reopenedUntil", "receiptOpen", "unseenChanges", "answers", "circular");
        assertThat(names(answer.get("circular"))).containsExactlyInAnyOrderElementsOf(CIRCULAR);
        assertThat(names(answer.get("answers"))).containsExactlyInAnyOrder("f1", "f3");
        assertThat(names(answer.get("answers").get("f3").get(0))).containsExactlyInAnyOrder("name", "post", "phone");
    }

    @Test
    void delegatesStoredWithAHelperFieldAreAnsweredWithoutIt() throws Exception {
        jdbc.sql("UPDATE circular_delivery SET answers = '{\"f1\": \"参加\", \"f3\": [{\"name\": \"李四\", \"post\": null, \"phone\": null, \"blank\": false}]}'::jsonb WHERE id = :id")
                .param("id", delivery).update();
        assertThat(jdbc.sql("SELECT answers::text FROM circular_delivery WHERE id = :id").param("id", delivery)
                .query(String.class).single()).contains("blank");

        JsonNode answer = get("/api/v1/deliveries/" + delivery);

        assertThat(names(answer.get("answers").get("f3").get(0))).containsExactlyInAnyOrder("name", "post", "phone");
    }

    @Test
    void newlyStoredDelegatesKeepNoHelperField() {
        assertThat(jdbc.sql("SELECT answers::text FROM circular_delivery WHERE id = :id").param("id", delivery)
                .query(String.class).single()).contains("张三").doesNotContain("blank");
    }

    @Test
    void theCircularAndItsDeliveriesListCarryOnlyTheirDocumentedFields() throws Exception {
        assertThat(names(get("/api/v1/circulars/" + circular))).containsExactlyInAnyOrderElementsOf(CIRCULAR);

        JsonNode rows = getAs("admin", Fixtures.ADMIN_PASSWORD, "/api/v1/circulars/" + circular + "/deliveries");
        assertThat(rows).hasSize(2);
        for (JsonNode row : rows) {
            assertThat(names(row)).containsExactlyInAnyOrder("deliveryId", "cityCode", "cityName", "provinceCode", "provinceName",
                    "status", "readAt", "readBy", "repliedAt", "repliedBy", "reopenedUntil", "recipients", "answers");
        }
    }

    private JsonNode get(String path) throws Exception {
        return getAs(world.liaisonA, Fixtures.PASSWORD, path);
    }

    private JsonNode getAs(String username, String password, String path) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.get(path)
                        .with(httpBasic(username, password)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
