/** Cross-cutting infrastructure: the embedded database, clock, locale, date display and API error answers. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.citybridge.platform;
