package org.citybridge.events.web;

import java.util.Locale;

import org.citybridge.events.domain.EventScreen;
import org.citybridge.events.domain.EventScreen.Screen;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The big screen (大屏) of an event for the venue: the page, drawn with the figures as they are, and the stream of
 * server-sent events ({@code figures}, the JSON of {@code EventFigures}) its script listens to, so that it changes
 * without a reload. For the secretariat and the event's check-in staff.
 */
@Controller
@RequestMapping("/events/{id}/screen")
class ScreenController {

    private static final String FIRST = "\u0001";
    private static final String SECOND = "\u0002";

    private final EventScreen screen;
    private final ScreenStreams streams;
    private final MessageSource messages;

    ScreenController(EventScreen screen, ScreenStreams streams, MessageSource messages) {
        this.screen = screen;
        this.streams = streams;
        this.messages = messages;
    }

    /** The headline's words around its two figures (checked in, their cities), so that the script changes the figures alone. */
    record Headline(String before, String between, String after) {
    }

    @GetMapping
    String screen(@PathVariable long id, Model model, Locale locale) {
        Screen opened = screen.open(id);
        model.addAttribute("screen", opened);
        model.addAttribute("figures", opened.figures());
        String text = messages.getMessage("event.checkin.screen.headline", new Object[]{FIRST, SECOND}, locale);
        model.addAttribute("headline", new Headline(text.substring(0, text.indexOf(FIRST)),
                text.substring(text.indexOf(FIRST) + 1, text.indexOf(SECOND)), text.substring(text.indexOf(SECOND) + 1)));
        return "events/screen";
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@PathVariable long id) {
        return streams.open(id, screen.open(id).figures());
    }
}
