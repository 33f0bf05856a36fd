package org.citybridge.directory.web;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.citybridge.directory.importing.PendingImports;

/** Uploaded files kept between preview and commit, reachable only from the session that uploaded them. */
final class SessionImports {

    private SessionImports() {
    }

    static String keep(PendingImports pending, HttpSession session, String kind, byte[] file) {
        String token = pending.keep(file);
        tokens(session, kind).add(token);
        return token;
    }

    static Optional<byte[]> find(PendingImports pending, HttpSession session, String kind, String token) {
        return token != null && tokens(session, kind).contains(token) ? pending.find(token) : Optional.empty();
    }

    static void forget(PendingImports pending, HttpSession session, String kind, String token) {
        pending.forget(token);
        tokens(session, kind).remove(token);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> tokens(HttpSession session, String kind) {
        Set<String> tokens = (Set<String>) session.getAttribute(kind);
        if (tokens == null) {
            tokens = new HashSet<>();
        }
        session.setAttribute(kind, tokens);
        return tokens;
    }
}
