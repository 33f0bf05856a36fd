package org.citybridge.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.citybridge.accounts.UserNames;
import org.citybridge.accounts.security.SecuritySlice;
import org.citybridge.files.web.FilesWebSlice;
import org.citybridge.platform.PlatformWebSlice;
import org.citybridge.portal.domain.CurrentSiteSettings;
import org.citybridge.portal.domain.PublicDataCache;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What every {@code @WebMvcTest} slice needs besides its controller and the mocked services below it: the real
 * security ({@link SecuritySlice}), the platform's template helpers ({@link PlatformWebSlice}), the upload-limit answer
 * ({@link FilesWebSlice}), and mocks of what the
 * layouts read from other modules (the signed-in user's name, the public site's columns and settings). The slice itself finds the
 * advices (list parameters, API problems, layout model) and the filters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SecuritySlice
@Import({PlatformWebSlice.class, FilesWebSlice.class})
// templates call it by name, as @userNames
@MockitoBean(name = "userNames", types = UserNames.class)
@MockitoBean(types = PublicDataCache.class)
@MockitoBean(types = CurrentSiteSettings.class)
public @interface WebSlice {
}
