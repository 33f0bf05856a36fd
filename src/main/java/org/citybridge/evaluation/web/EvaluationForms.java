package org.citybridge.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citybridge.evaluation.domain.Adjustments;
import org.citybridge.evaluation.domain.Opinions;

/** The evaluation's forms, checked for shape here and for their rules in the services. */
final class EvaluationForms {

    private EvaluationForms() {
    }

    record YearForm(@NotNull(message = "{validation.required}") Integer year, Long measuresId) {
    }

    /** Weights and parameters by indicator kind name. */
    record WeightsForm(Map<String, BigDecimal> weights, Map<String, Integer> days, Map<String, Integer> caps) {
    }

    record AdjustmentForm(@NotBlank(message = "{validation.required}") String cityCode, Long personId,
                          @NotNull(message = "{validation.required}") BigDecimal points,
                          @NotBlank(message = "{validation.required}") @Size(max = Adjustments.MAX_REASON, message = "{validation.tooLong}") String reason) {
    }

    record OpinionForm(@NotBlank(message = "{validation.required}") @Size(max = Opinions.MAX_OPINION, message = "{validation.tooLong}") String opinion) {
    }

    record MeasuresForm(@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String versionLabel,
                        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
                        @NotBlank(message = "{validation.required}") String bodyHtml,
                        @NotNull(message = "{validation.required}") LocalDate effectiveOn,
                        @NotNull(message = "{validation.required}") Long columnId) {
    }
}
