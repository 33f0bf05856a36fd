package org.citybridge.directory.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BatchDetails;
import org.citybridge.directory.bulk.BatchView;
import org.citybridge.directory.bulk.BulkAction;
import org.citybridge.directory.bulk.BulkOperation;
import org.citybridge.directory.bulk.CityBulkChanges;
import org.citybridge.directory.bulk.CitySelection;
import org.citybridge.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bulk changes of cities for scripts: a dry run answers the plan, an apply the batch; undo is a bulk change too. */
@RestController
@RequestMapping("/api/v1/cities/bulk")
@Validated
class BulkApiController {

    private final CityBulkChanges bulk;

    BulkApiController(CityBulkChanges bulk) {
        this.bulk = bulk;
    }

    /**
     * @param cities      the cities by code, unless {@code allMatching}
     * @param filter      with {@code allMatching}: every city this filter matches
     * @param batch       for {@code UNDO}: the batch to undo
     * @param dryRun      answer the plan and change nothing
     * @param fingerprint optional: the dry run's fingerprint; the apply is refused if the plan differs from it
     */
    record BulkRequest(List<String> cities, Boolean allMatching, CityFilter filter,
                       @NotNull(message = "{validation.required}") BulkAction action, Membership membership,
                       LocalDate memberSince, String tag, Long batch, Boolean dryRun, String fingerprint) {

        BulkRequest {
            allMatching = Boolean.TRUE.equals(allMatching);
            dryRun = Boolean.TRUE.equals(dryRun);
        }

        CitySelection selection() {
            return action == BulkAction.UNDO ? CitySelection.none()
                    : allMatching ? CitySelection.allMatching(filter) : CitySelection.of(cities);
        }

        BulkOperation operation() {
            return BulkOperation.of(action, membership, memberSince, tag, batch);
        }
    }

    @PostMapping
    ResponseEntity<Object> change(@Valid @RequestBody BulkRequest request) {
        if (request.dryRun()) {
            return ResponseEntity.ok(bulk.preview(request.selection(), request.operation()));
        }
        BatchView batch = bulk.apply(request.selection(), request.operation(), request.fingerprint());
        return ResponseEntity.created(URI.create("/api/v1/cities/bulk/" + batch.id())).body(bulk.batch(batch.id()));
    }

    @GetMapping
    PageOf<BatchView> batches(@RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return bulk.batches(page, size);
    }

    @GetMapping("/{id}")
    BatchDetails batch(@PathVariable long id) {
        return bulk.batch(id);
    }
}
