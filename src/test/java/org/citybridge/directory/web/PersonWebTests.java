package org.citybridge.directory.web;

import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.Gender;
import org.citybridge.directory.PersonDetails;
import org.citybridge.directory.PersonView;
import org.citybridge.directory.domain.People;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.SignedIn;
import org.citybridge.support.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person form's own behaviour: shown again with its field errors, or with the service's refusal when someone else
 * changed the person meanwhile, and the redirect to the new person's page with the phones as the form cleaned them up.
 * The roster services are mocked: {@code RosterFormsTests} sends the same forms to the real services and database
 * (nothing half-saved, the phones stored cleaned, the same office-phone rule on the form and the API).
 */
@WebMvcTest(controllers = PersonController.class)
@WebSlice
class PersonWebTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CityDirectory directory;
    @MockitoBean
    People people;
    @MockitoBean
    RosterAccess access;

    @Test
    void personFormRefusesBadDetails() throws Exception {
        mvc.perform(post("/admin/people").with(SignedIn.staff()).with(csrf()).param("name", "").param("officePhone", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("办公电话格式不正确")));
        verifyNoInteractions(people);
    }

    @Test
    void aNewPersonLeadsToTheirPageWithThePhonesCleanedUp() throws Exception {
        given(people.create(any())).willReturn(42L);
        mvc.perform(post("/admin/people").with(SignedIn.staff()).with(csrf()).param("name", "周整理")
                        .param("mobile", "+86 138-0013-8000").param("officePhone", "(028) 8765 4321"))
                .andExpect(redirectedUrl("/admin/people/42"));
        verify(people).create(new PersonDetails("周整理", null, null, null, "13800138000", "028-87654321", null, null));
    }

    @Test
    void aChangeMadeMeanwhileBySomeoneElseIsSaidAndTheTypedValuesStay() throws Exception {
        given(directory.person(7)).willReturn(new PersonView(7, "吴任职", Gender.FEMALE, null, null, null, null, null, null, 4,
                List.of()));
        given(access.mayEditPerson(any(), eq(7L))).willReturn(true);
        willThrow(RuleViolation.of("error.concurrentChange")).given(people).update(eq(7L), anyLong(), any());

        mvc.perform(post("/admin/people/7").with(SignedIn.staff()).with(csrf()).param("version", "3")
                        .param("name", "吴改名").param("mobile", "13912345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("此记录已被他人修改，请刷新后重试。"),
                        containsString("name=\"version\" value=\"3\""), containsString("value=\"吴改名\""),
                        containsString("value=\"13912345678\""))));
        verify(people).update(eq(7L), eq(3L), any());
    }
}
