package org.citybridge.accounts.api;

import java.net.URI;

import jakarta.validation.Valid;
import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.accounts.domain.AccountView;
import org.citybridge.accounts.domain.NewAccount;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class UserApiController {

    private final AccountAdministration administration;

    UserApiController(AccountAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/users")
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount account) {
        long id = administration.create(account);
        return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(administration.get(id));
    }

    @GetMapping("/users/{id}")
    AccountView get(@PathVariable long id) {
        return administration.get(id);
    }

    /** Who the caller is, with the role and scope the API applies. */
    @GetMapping("/me")
    Actor me() {
        return Actors.currentOrSystem();
    }
}
