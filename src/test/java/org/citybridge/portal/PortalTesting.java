package org.citybridge.portal;

import java.time.Instant;
import java.util.List;

import org.citybridge.support.Fixtures;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes articles through the real {@link PortalApi}, as the secretariat's administrator. */
public final class PortalTesting {

    private PortalTesting() {
    }

    public static long publish(ApplicationContext context, String title, String bodyHtml) {
        return publish(context, draft(column(context, "news"), title, bodyHtml, null, null));
    }

    public static long publish(ApplicationContext context, ArticleDraft draft) {
        PortalApi portal = context.getBean(PortalApi.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        return Fixtures.as(new Actor("fixtures", Role.ADMIN, null, null, null),
                () -> tx.execute(status -> portal.publishAdopted(draft, "test")));
    }

    public static ArticleDraft draft(long columnId, String title, String bodyHtml, Instant publishAt, Instant expireAt) {
        return new ArticleDraft(columnId, title, null, null, null, null, null, bodyHtml, null, publishAt, expireAt, List.of());
    }

    public static long column(ApplicationContext context, String slug) {
        return context.getBean(PortalApi.class).columns().stream().filter(c -> c.slug().equals(slug)).findFirst()
                .orElseThrow().id();
    }
}
