package org.citybridge.directory.web;

import java.util.List;

import jakarta.validation.Valid;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.PersonDetails;
import org.citybridge.directory.PersonView;
import org.citybridge.directory.domain.People;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.platform.FormErrors;
import org.citybridge.shared.Actors;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

@Controller
@RequestMapping("/admin/people")
class PersonController {

    private final CityDirectory directory;
    private final People people;
    private final RosterAccess access;
    private final MessageSource messages;

    PersonController(CityDirectory directory, People people, RosterAccess access, MessageSource messages) {
        this.directory = directory;
        this.people = people;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", directory.people(q, Math.max(page, 0), 50));
        return "directory/people";
    }

    /** The existing-person picker of the appointment and handover forms (an htmx fragment). */
    @GetMapping("/pick")
    String pick(@RequestParam(required = false) String q, @RequestParam String field, Model model) {
        model.addAttribute("field", field.replaceAll("[^A-Za-z0-9-]", ""));
        model.addAttribute("matches", q == null || q.isBlank() ? List.of() : directory.people(q, 0, 10).items());
        return "directory/pick :: matches";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        model.addAttribute("personForm", PersonDetails.blank());
        model.addAttribute("creating", true);
        return "directory/person";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("personForm") PersonDetails form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            long id = people.create(form);
            return "redirect:/admin/people/" + id;
        }
        model.addAttribute("creating", true);
        return "directory/person";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        PersonView person = directory.person(id);
        model.addAttribute("person", person);
        model.addAttribute("version", person.version());
        model.addAttribute("personForm", new PersonDetails(person.name(), person.gender(), person.post(), person.unit(),
                person.mobile(), person.officePhone(), person.email(), person.address()));
        model.addAttribute("mayEdit", mayEdit(id));
        return "directory/person";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("personForm") PersonDetails form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                people.update(id, version, form);
                redirect.addFlashAttribute("flashKey", "common.saved");
                return "redirect:/admin/people/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        model.addAttribute("person", directory.person(id));
        model.addAttribute("version", version);
        model.addAttribute("mayEdit", mayEdit(id));
        return "directory/person";
    }

    private boolean mayEdit(long id) {
        return access.mayEditPerson(Actors.currentOrSystem(), id);
    }
}
