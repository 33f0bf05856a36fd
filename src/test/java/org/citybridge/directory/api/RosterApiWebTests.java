package org.citybridge.directory.api;

import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.PersonDetails;
import org.citybridge.directory.PersonView;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.directory.domain.People;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.SignedIn;
import org.citybridge.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster API's answers as RFC 9457 problem details ({@code ApiProblemHandler} and the API chain's entry point):
 * a parameter that cannot be read, a body that fails validation (each field named, in the caller's language), the
 * service's refusal and an unknown city, and a caller who has not signed in; the services are never asked when the
 * request itself is wrong. They are mocked: {@code RosterFormsTests} and {@code HandoverTests} call the API against
 * the real services and database, {@code AuthorizationMatrixTests} with every role.
 */
@WebMvcTest(controllers = RosterApiController.class)
@WebSlice
class RosterApiWebTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CityDirectory directory;
    @MockitoBean
    People people;
    @MockitoBean
    Appointments appointments;

    @Test
    void anUnreadableParameterIsAProblemNamingIt() throws Exception {
        mvc.perform(get("/api/v1/cities").param("page", "x").param("lang", "en").with(SignedIn.staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("parameter page")));
        mvc.perform(get("/api/v1/cities").param("level", "HUGE").with(SignedIn.staff()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:invalid-parameter"))
                .andExpect(jsonPath("$.detail").value(containsString("“HUGE”")));
        verifyNoInteractions(directory);
    }

    @Test
    void aBodyThatFailsValidationNamesEachFieldInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/people").param("lang", "en").with(SignedIn.staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mobile\": \"12345\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:invalid-input"))
                .andExpect(jsonPath("$.detail").value("Invalid input; please check the marked fields."))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "mobile")))
                .andExpect(jsonPath("$.errors[?(@.field == 'mobile')].message").value("Not a valid mobile number (11 digits, mainland China)."));
        verifyNoInteractions(people);
    }

    @Test
    void aNewPersonIsCreatedAtItsOwnAddress() throws Exception {
        given(people.create(any())).willReturn(42L);
        given(directory.person(42)).willReturn(new PersonView(42, "吴接口", null, null, null, "13912345678", null, null, null, 0,
                List.of()));
        mvc.perform(post("/api/v1/people").with(SignedIn.staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"吴接口\", \"mobile\": \"139 1234 5678\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/people/42"))
                .andExpect(jsonPath("$.mobile").value("13912345678"));
        verify(people).create(new PersonDetails("吴接口", null, null, null, "13912345678", null, null, null));
    }

    @Test
    void theServicesRefusalIsAnUnprocessableProblem() throws Exception {
        willThrow(RuleViolation.of("error.concurrentChange")).given(people).update(eq(7L), anyLong(), any());
        mvc.perform(put("/api/v1/people/7").with(SignedIn.staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 3, \"details\": {\"name\": \"吴改名\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:rule-violated"))
                .andExpect(jsonPath("$.detail").value("此记录已被他人修改，请刷新后重试。"));
    }

    @Test
    void anUnknownCityIsANotFoundProblem() throws Exception {
        given(directory.city("999999")).willThrow(new NotFoundException("roster.error.unknownCity", "999999"));
        mvc.perform(get("/api/v1/cities/999999").with(SignedIn.staff()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:not-found"))
                .andExpect(jsonPath("$.detail").value("城市代码 999999 不存在。"));
    }

    @Test
    void aCallerWhoHasNotSignedInIsAskedToAndReachesNothing() throws Exception {
        mvc.perform(get("/api/v1/cities"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"CityBridge\", Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("需要登录（HTTP Basic 或 Bearer 令牌）。"));
        mvc.perform(get("/api/v1/cities").header("Authorization", "Bearer cbt_unknown"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(directory);
    }
}
