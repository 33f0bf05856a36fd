/** Tiny value types shared by every module: who acts, pages, the two business exceptions, the quick search's contract. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.citybridge.shared;
