package org.citybridge.directory;

/** An active liaison of a city, as needed to address work and mail to them. */
public record LiaisonContact(String cityCode, long personId, String name, LiaisonRole role, String email, String mobile) {
}
