package org.citybridge.evaluation.api;

import java.net.URI;
import java.util.List;

import org.citybridge.evaluation.EvidenceSource;
import org.citybridge.evaluation.IndicatorKind;
import org.citybridge.evaluation.ObjectionView;
import org.citybridge.evaluation.domain.Objections;
import org.citybridge.files.Upload;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Objections (申诉) for scripts: a liaison raises one on its own city (JSON, or a multipart form with an attachment);
 * everyone reads those of the cities in their scope. Another city's objection is unknown (404).
 */
@RestController
@RequestMapping("/api/v1/evaluations/{year}/objections")
class ObjectionApiController {

    private final Objections objections;

    ObjectionApiController(Objections objections) {
        this.objections = objections;
    }

    record ObjectionRequest(String cityCode, IndicatorKind indicator, EvidenceSource evidenceSource, Long evidenceItem,
                            String reason) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectionView> raise(@PathVariable int year, @RequestBody ObjectionRequest request) {
        return created(year, objections.raise(year, new Objections.NewObjection(request.cityCode(), request.indicator(),
                request.evidenceSource(), request.evidenceItem(), request.reason(), null)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ObjectionView> raiseWithAttachment(@PathVariable int year, @RequestParam(required = false) String cityCode,
                                                      @RequestParam(required = false) IndicatorKind indicator,
                                                      @RequestParam(required = false) EvidenceSource evidenceSource,
                                                      @RequestParam(required = false) Long evidenceItem,
                                                      @RequestParam(required = false) String reason,
                                                      @RequestParam(required = false) MultipartFile attachment) {
        Upload file = attachment == null || attachment.isEmpty() ? null : Upload.of(attachment);
        return created(year, objections.raise(year, new Objections.NewObjection(cityCode, indicator, evidenceSource,
                evidenceItem, reason, file)));
    }

    @GetMapping
    List<ObjectionView> list(@PathVariable int year) {
        return objections.of(year);
    }

    @GetMapping("/{id}")
    ObjectionView one(@PathVariable int year, @PathVariable long id) {
        return objections.one(year, id);
    }

    private ResponseEntity<ObjectionView> created(int year, long id) {
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + year + "/objections/" + id))
                .body(objections.one(year, id));
    }
}
