package org.citybridge.events.web;

import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityRef;
import org.citybridge.events.domain.CheckInStaff;
import org.citybridge.events.domain.EventAccess;
import org.citybridge.events.domain.EventDocuments;
import org.citybridge.events.domain.EventInvitations;
import org.citybridge.events.domain.EventKind;
import org.citybridge.events.domain.EventLifecycle;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.SessionKind;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.EnumCodes;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Events in the back office: the list, the secretariat's event form and status buttons, an event's page and board. */
@Controller
@RequestMapping("/admin/events")
class EventController {

    private final EventAccess access;
    private final EventPlanning planning;
    private final EventQueries queries;
    private final CityDirectory directory;
    private final CityBridgeProperties properties;
    private final EventDocuments documents;
    private final EventInvitations invitations;
    private final CheckInStaff checkInStaff;

    EventController(EventAccess access, EventPlanning planning, EventQueries queries, CityDirectory directory,
                    CityBridgeProperties properties, EventDocuments documents, EventInvitations invitations,
                    CheckInStaff checkInStaff) {
        this.access = access;
        this.planning = planning;
        this.queries = queries;
        this.directory = directory;
        this.properties = properties;
        this.documents = documents;
        this.invitations = invitations;
        this.checkInStaff = checkInStaff;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("events", queries.events());
        return "events/list";
    }

    @GetMapping("/new")
    String newEvent(Model model) {
        access.requireSecretariat();
        return form(EventForm.blank(), null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("eventForm") EventForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        access.requireSecretariat();
        if (form.edit(action)) {
            return form(form, null, model);
        }
        if (result.hasErrors()) {
            FormProblems.reject(result, planning.check(form.draft(properties.timeZone())));
            return form(form, null, model);
        }
        try {
            long id = planning.create(form.draft(properties.timeZone()));
            redirect.addFlashAttribute("flashKey", "event.created");
            return "redirect:/admin/events/" + id;
        } catch (RuleRefusal refusal) {
            FormProblems.reject(result, refusal.violations());
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(queries.event(id), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        access.requireSecretariat();
        EventView event = queries.event(id);
        return form(EventForm.of(event, properties.timeZone()), event, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("eventForm") EventForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        access.requireSecretariat();
        EventView event = queries.event(id);
        if (form.edit(action)) {
            return form(form, event, model);
        }
        if (result.hasErrors()) {
            FormProblems.reject(result, planning.check(form.draft(properties.timeZone())));
            return form(form, event, model);
        }
        try {
            planning.update(id, form.getVersion(), form.draft(properties.timeZone()));
            redirect.addFlashAttribute("flashKey", "event.saved");
            return "redirect:/admin/events/" + id;
        } catch (RuleRefusal refusal) {
            FormProblems.reject(result, refusal.violations());
            return form(form, event, model);
        }
    }

    /** A status button; without script the first post answers a confirmation step, sent again with confirmed=true. */
    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam(required = false) String status,
                        @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        access.requireSecretariat();
        EventStatus wanted = EnumCodes.fromCode(EventStatus.class, status);
        EventView event = queries.event(id);
        if (wanted != null && !confirmed) {
            model.addAttribute("confirmStatus", wanted);
            return page(event, model);
        }
        try {
            if (wanted == null) {
                throw new RuleViolation("status", "event.error.unknownStatus", String.valueOf(status));
            }
            planning.changeStatus(id, wanted);
            redirect.addFlashAttribute("flashKey", "event.statusChanged." + wanted.name());
            return "redirect:/admin/events/" + id;
        } catch (RuleViolation violation) {
            model.addAttribute("statusProblem", violation);
            return page(event, model);
        }
    }

    /** Every city's answer: registered (N delegates), declined, no answer; for the secretariat and coordinators. */
    @GetMapping("/{id}/board")
    String board(@PathVariable long id, @RequestParam(required = false) String province, Model model) {
        Actor actor = access.requireBoard();
        model.addAttribute("board", queries.board(id, province));
        model.addAttribute("event", queries.event(id));
        model.addAttribute("provinces", directory.provincesFor(actor));
        model.addAttribute("province", province);
        model.addAttribute("invitation", invitations.progress(id).orElse(null));
        return "events/board";
    }

    private String page(EventView event, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("nextStatuses", EventLifecycle.nextStatuses(event.status()));
        model.addAttribute("editable", EventLifecycle.editable(event.status()));
        printing(event, model);
        addInvitation(event, model);
        checkIn(event, model);
        return "events/show";
    }

    private String form(EventForm form, EventView event, Model model) {
        model.addAttribute("eventForm", form);
        model.addAttribute("event", event);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("sessionKinds", SessionKind.values());
        model.addAttribute("citiesByProvince", directory.cityRefs(CityFilter.all()).stream()
                .collect(Collectors.groupingBy(CityRef::provinceName, LinkedHashMap::new, Collectors.toList())));
        return "events/form";
    }

    // --- printed documents

    /** The page's 打印 section: the cities the secretariat may print one by one. */
    private void printing(EventView event, Model model) {
        model.addAttribute("printCities", documents.printableCities(event.id()));
    }

    /** The event's invitations, for the secretariat's card on the event page. */
    private void addInvitation(EventView event, Model model) {
        if (Actors.currentOrSystem().isSecretariat()) {
            model.addAttribute("invitations", invitations.invitations(event.id()));
        }
    }

    /** Check-in on the event page: its check-in staff and the big screen, for the secretariat (see CheckInController). */
    private void checkIn(EventView event, Model model) {
        if (Actors.currentOrSystem().isSecretariat()) {
            model.addAttribute("checkInStaff", checkInStaff.of(event.id()));
        }
    }
}
