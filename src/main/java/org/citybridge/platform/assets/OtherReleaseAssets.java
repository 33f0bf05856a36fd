package org.citybridge.platform.assets;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * An asset asked for under another release's address ({@code 3f9a…/css/app.css}) is answered with this release's
 * file: while two instances of different releases serve one site (a rolling update), a page of the one still gets its
 * styles from the other. A webjar's file is looked up without the {@code webjars/} in front, as under
 * {@code /webjars/**}.
 */
final class OtherReleaseAssets extends AbstractResourceResolver {

    private static final String WEBJARS = "webjars/";

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
            List<? extends Resource> locations, ResourceResolverChain chain) {
        int slash = requestPath.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String path = requestPath.substring(slash + 1);
        return chain.resolveResource(request, path.startsWith(WEBJARS) ? path.substring(WEBJARS.length()) : path, locations);
    }

    @Override
    protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
            ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }
}
