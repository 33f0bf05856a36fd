package org.citybridge.events.web;

import java.util.Locale;

import org.citybridge.events.domain.EventDocuments;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An event's printed documents as PDF, of every city or of one ({@code ?city=510100}): badges, table tents and sign-in
 * sheets, shown in the browser to print. Who may have which is {@link EventDocuments}'s rule; a visitor who has not
 * signed in is sent to the login page.
 */
@Controller
@RequestMapping("/events/{id}")
class EventDocumentController {

    private final EventDocuments documents;

    EventDocumentController(EventDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/badges.pdf")
    ResponseEntity<byte[]> badges(@PathVariable long id, @RequestParam(required = false) String city, Locale locale) {
        return pdf(documents.badges(id, city, locale), "badges", id, city);
    }

    @GetMapping("/table-tents.pdf")
    ResponseEntity<byte[]> tableTents(@PathVariable long id, @RequestParam(required = false) String city) {
        return pdf(documents.tableTents(id, city), "table-tents", id, city);
    }

    @GetMapping("/sign-in-sheets.pdf")
    ResponseEntity<byte[]> signInSheets(@PathVariable long id, @RequestParam(required = false) String city, Locale locale) {
        return pdf(documents.signInSheets(id, city, locale), "sign-in-sheets", id, city);
    }

    /** Inline, so the browser shows it to print; never cached, as badges carry the codes that check a delegate in. */
    static ResponseEntity<byte[]> pdf(byte[] content, String document, long eventId, String city) {
        String name = document + "-" + eventId + (city == null || city.isBlank() ? "" : "-" + city.strip()) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
