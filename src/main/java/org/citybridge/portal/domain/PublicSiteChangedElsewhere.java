package org.citybridge.portal.domain;

/**
 * Part of the public site changed on another instance (or this one may have missed such a change: {@link
 * Part#EVERYTHING}): what this instance keeps of it is to be read afresh ({@link PublicSiteSignals}).
 */
public record PublicSiteChangedElsewhere(Part part) {

    public enum Part { ARTICLES, COLUMNS, SITE_SETTINGS, EVERYTHING }
}
