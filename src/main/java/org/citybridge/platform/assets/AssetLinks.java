package org.citybridge.platform.assets;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/** Thymeleaf's links ({@code @{/css/app.css}}) with an asset's address of this release ({@link Assets}). */
final class AssetLinks extends StandardLinkBuilder {

    private final Assets assets;

    AssetLinks(Assets assets) {
        this.assets = assets;
    }

    @Override
    protected String processLink(IExpressionContext context, String link) {
        String contextPath = context instanceof IWebContext web ? web.getExchange().getRequest().getApplicationPath() : "";
        String release = link.startsWith(contextPath) ? contextPath + assets.of(link.substring(contextPath.length())) : link;
        return super.processLink(context, release);
    }
}
