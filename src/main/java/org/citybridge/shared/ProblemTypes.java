package org.citybridge.shared;

import java.net.URI;

/** The {@code type} of the API's RFC 9457 problem details: one namespace, {@code urn:citybridge:problem:<name>}. */
public final class ProblemTypes {

    private ProblemTypes() {
    }

    public static URI of(String name) {
        return URI.create("urn:citybridge:problem:" + name);
    }
}
