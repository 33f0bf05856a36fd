package org.citybridge.portal;

public enum ArticleStatus {
    DRAFT, PENDING, PUBLISHED, WITHDRAWN
}
