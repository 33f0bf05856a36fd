package org.citybridge.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose pages use the public layout ({@code layout/public.html}): the portal adds the site's column
 * menu and the reader's font size and contrast to their model, and honours {@code ?size=} and {@code ?contrast=}.
 * Other controllers (the back office, the APIs) get neither, and never set the reader's cookies.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicLayout {
}
