package org.citybridge.portal.domain;

import java.util.UUID;

/** An article's cover picture with its own text alternative (封面图片说明; empty for none given before it was asked). */
public record ArticleCover(UUID fileId, String alt) {

    public ArticleCover {
        alt = alt == null ? "" : alt;
    }
}
