package org.citybridge.events.web;

import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.LodgingPlan;
import org.citybridge.events.domain.LodgingPlanning;
import org.citybridge.events.domain.RoomBlockRules;
import org.citybridge.events.domain.RoomBlockView;
import org.citybridge.events.domain.RoomType;
import org.citybridge.shared.RuleRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's lodging pages (后勤 → 住宿): hotel room blocks, the automatic allocation, who sleeps where and who
 * has no room yet, and a page per delegate to move it by hand. Access is checked by {@link LodgingPlanning}.
 */
@Controller
@RequestMapping("/admin/events/{id}/logistics/lodging")
class LodgingController {

    private final LodgingPlanning lodging;
    private final EventQueries queries;

    LodgingController(LodgingPlanning lodging, EventQueries queries) {
        this.lodging = lodging;
        this.queries = queries;
    }

    @GetMapping
    String plan(@PathVariable long id, Model model) {
        LodgingPlan plan = lodging.plan(id);
        EventView event = queries.event(id);
        return page(event, plan, RoomBlockForm.blank(event.startsOn(), event.endsOn()), model);
    }

    @PostMapping("/blocks")
    String addBlock(@PathVariable long id, @ModelAttribute("blockForm") RoomBlockForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        LodgingPlan plan = lodging.plan(id);
        if (result.hasErrors()) {
            FormProblems.reject(result, RoomBlockRules.check(form.entry()));
        } else {
            try {
                lodging.addBlock(id, form.entry());
                redirect.addFlashAttribute("flashKey", "event.lodging.blockAdded");
                return "redirect:/admin/events/" + id + "/logistics/lodging";
            } catch (RuleRefusal refusal) {
                FormProblems.reject(result, refusal.violations());
            }
        }
        return page(queries.event(id), plan, form, model);
    }

    @GetMapping("/blocks/{blockId}")
    String block(@PathVariable long id, @PathVariable long blockId, Model model) {
        RoomBlockView block = lodging.block(id, blockId);
        return blockPage(id, block, RoomBlockForm.of(block), model);
    }

    @PostMapping("/blocks/{blockId}")
    String updateBlock(@PathVariable long id, @PathVariable long blockId, @ModelAttribute("blockForm") RoomBlockForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        RoomBlockView block = lodging.block(id, blockId);
        if (result.hasErrors()) {
            FormProblems.reject(result, RoomBlockRules.check(form.entry()));
        } else {
            try {
                lodging.updateBlock(id, blockId, form.entry());
                redirect.addFlashAttribute("flashKey", "event.lodging.blockSaved");
                return "redirect:/admin/events/" + id + "/logistics/lodging";
            } catch (RuleRefusal refusal) {
                FormProblems.reject(result, refusal.violations());
            }
        }
        return blockPage(id, block, form, model);
    }

    /** Removes a block; its page says beforehand how many people lose their room. */
    @PostMapping("/blocks/{blockId}/remove")
    String removeBlock(@PathVariable long id, @PathVariable long blockId, RedirectAttributes redirect) {
        lodging.removeBlock(id, blockId);
        redirect.addFlashAttribute("flashKey", "event.lodging.blockRemoved");
        return "redirect:/admin/events/" + id + "/logistics/lodging";
    }

    @PostMapping("/allocate")
    String allocate(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            lodging.allocate(id);
        } catch (RuleRefusal refusal) {
            model.addAttribute("lodgingProblem", refusal.violations().get(0));
            EventView event = queries.event(id);
            return page(event, lodging.plan(id), RoomBlockForm.blank(event.startsOn(), event.endsOn()), model);
        }
        redirect.addFlashAttribute("flashKey", "event.lodging.allocated");
        return "redirect:/admin/events/" + id + "/logistics/lodging";
    }

    @GetMapping("/delegates/{delegateId}")
    String lodger(@PathVariable long id, @PathVariable long delegateId, Model model) {
        return lodgerPage(id, delegateId, new PlacementForm(), model);
    }

    @PostMapping("/delegates/{delegateId}/move")
    String move(@PathVariable long id, @PathVariable long delegateId, @ModelAttribute("placementForm") PlacementForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        return change(id, delegateId, form, result, model, redirect, () -> lodging.move(id, delegateId, form.getRoom()));
    }

    @PostMapping("/delegates/{delegateId}/swap")
    String swap(@PathVariable long id, @PathVariable long delegateId, @ModelAttribute("placementForm") PlacementForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        return change(id, delegateId, form, result, model, redirect, () -> lodging.swap(id, delegateId, form.getOther()));
    }

    @PostMapping("/delegates/{delegateId}/release")
    String release(@PathVariable long id, @PathVariable long delegateId, @ModelAttribute("placementForm") PlacementForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        return change(id, delegateId, form, result, model, redirect, () -> lodging.release(id, delegateId));
    }

    private String change(long id, long delegateId, PlacementForm form, BindingResult result, Model model,
                          RedirectAttributes redirect, Runnable change) {
        if (!result.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("flashKey", "event.lodging.moved");
                return "redirect:/admin/events/" + id + "/logistics/lodging/delegates/" + delegateId;
            } catch (RuleRefusal refusal) {
                FormProblems.reject(result, refusal.violations());
            }
        }
        return lodgerPage(id, delegateId, form, model);
    }

    private String page(EventView event, LodgingPlan plan, RoomBlockForm form, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("plan", plan);
        model.addAttribute("blockForm", form);
        model.addAttribute("roomTypes", RoomType.values());
        return "events/lodging";
    }

    private String blockPage(long id, RoomBlockView block, RoomBlockForm form, Model model) {
        model.addAttribute("event", queries.event(id));
        model.addAttribute("block", block);
        model.addAttribute("blockPlan", lodging.plan(id).block(block.id()).orElseThrow());
        model.addAttribute("blockForm", form);
        model.addAttribute("roomTypes", RoomType.values());
        return "events/lodging-block";
    }

    private String lodgerPage(long id, long delegateId, PlacementForm form, Model model) {
        model.addAttribute("choices", lodging.choices(id, delegateId));
        model.addAttribute("event", queries.event(id));
        model.addAttribute("placementForm", form);
        return "events/lodging-delegate";
    }
}
