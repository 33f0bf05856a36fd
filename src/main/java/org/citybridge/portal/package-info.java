/** The association's public site: columns, articles, public pages, hit counter and search. */
package org.citybridge.portal;
