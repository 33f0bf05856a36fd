package org.citybridge.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Signs in through the real login form and answers the session cookie (sessions live in PostgreSQL). */
public final class Sessions {

    private Sessions() {
    }

    public static Cookie login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null || !"/admin".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("sign-in of " + username + " failed: " + result.getResponse().getRedirectedUrl());
        }
        return cookie;
    }
}
