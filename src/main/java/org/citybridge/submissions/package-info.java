/**
 * Information submission and review (信息报送): a city's liaisons write reports (city news, experience, research)
 * with pictures and attachments and submit them; the secretariat returns them with an opinion, rejects them, or
 * adopts them and publishes them into a portal column; figures per city and province for a period.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"directory", "portal", "mail", "files", "platform", "platform :: *", "shared"})
package org.citybridge.submissions;
