package org.citybridge.accounts.web;

import org.citybridge.accounts.domain.LiaisonPosts;
import org.citybridge.shared.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Tells a liaison whose post has ended why the city's pages are closed to them. */
@Controller
class NoPostController {

    private final LiaisonPosts posts;

    NoPostController(LiaisonPosts posts) {
        this.posts = posts;
    }

    @GetMapping("/admin/no-post")
    String explain(Model model) {
        var noPost = Actors.current().flatMap(posts::noPost);
        if (noPost.isEmpty()) {
            return "redirect:/admin";
        }
        model.addAttribute("noPost", noPost.get());
        return "accounts/no-post";
    }
}
