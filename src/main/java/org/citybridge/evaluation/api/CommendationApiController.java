package org.citybridge.evaluation.api;

import java.util.List;

import org.citybridge.evaluation.CommendationRound;
import org.citybridge.evaluation.CommendationView;
import org.citybridge.evaluation.domain.Commendations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commendation list for scripts, the secretariat's alone: POST proposes it afresh from the liaisons' ranking, with
 * the quota (overall or per province) if given; GET reads the round and the list.
 */
@RestController
@RequestMapping("/api/v1/evaluations/{year}/commendations")
class CommendationApiController {

    private final Commendations commendations;

    CommendationApiController(Commendations commendations) {
        this.commendations = commendations;
    }

    record ProposalRequest(Integer quota, Boolean perProvince) {
    }

    record CommendationsResponse(CommendationRound round, List<CommendationView> commendations) {
    }

    @PostMapping
    CommendationsResponse propose(@PathVariable int year, @RequestBody(required = false) ProposalRequest request) {
        if (request != null && (request.quota() != null || request.perProvince() != null)) {
            CommendationRound round = commendations.round(year);
            commendations.configure(year, new Commendations.Settings(request.quota() == null ? round.quota() : request.quota(),
                    request.perProvince() == null ? round.perProvince() : request.perProvince(), round.honour(),
                    round.certificatePrefix()));
        }
        commendations.propose(year);
        return read(year);
    }

    @GetMapping
    CommendationsResponse read(@PathVariable int year) {
        return new CommendationsResponse(commendations.round(year), commendations.list(year));
    }
}
