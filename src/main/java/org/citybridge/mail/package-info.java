/** Outgoing mail: a transactional outbox, and a dispatcher that sends it by SMTP or logs it when none is set. */
package org.citybridge.mail;
