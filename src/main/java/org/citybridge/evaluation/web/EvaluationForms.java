package org.citybridge.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citybridge.evaluation.IndicatorKind;
import org.citybridge.evaluation.domain.Adjustments;
import org.citybridge.evaluation.domain.Objections;
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

    /** A liaison's objection; {@code evidence} names a piece of evidence as {@code SOURCE:itemId}, or is blank. */
    record ObjectionForm(IndicatorKind indicator, String evidence,
                         @NotBlank(message = "{validation.required}") @Size(max = Objections.MAX_TEXT, message = "{validation.tooLong}") String reason) {
    }

    record WindowForm(LocalDateTime openAt, LocalDateTime closeAt) {
    }

    record AnswerForm(@NotNull(message = "{validation.required}") Boolean accepted, BigDecimal points,
                      @NotBlank(message = "{validation.required}") @Size(max = Objections.MAX_TEXT, message = "{validation.tooLong}") String answer) {
    }

    record MeasuresForm(@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String versionLabel,
                        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
                        @NotBlank(message = "{validation.required}") String bodyHtml,
                        @NotNull(message = "{validation.required}") LocalDate effectiveOn,
                        @NotNull(message = "{validation.required}") Long columnId) {
    }
}
