package org.citybridge.circulars;

import java.util.List;
import java.util.Map;

import org.citybridge.circulars.domain.Delegate;
import org.citybridge.circulars.domain.ReceiptForm;
import org.citybridge.circulars.domain.ReceiptInput;
import org.citybridge.circulars.domain.ReceiptValidator;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

class ReceiptValidatorTest {

    private final ReceiptForm form = CircularWorld.attendanceForm();

    @Test
    void validAnswersAreKeptInTheirTypedForm() {
        Map<String, Object> answers = ReceiptValidator.validate(form, new ReceiptInput(
                Map.of("f1", List.of("参加"), "f2", List.of(" 2 "), "f4", List.of("2026-12-08"), "f5", List.of("数字政府", "城市更新")),
                Map.of("f3", List.of(new Delegate("张三", "副秘书长", "13900001111"), new Delegate("", " ", null),
                        new Delegate("李四", null, "028-86001234")))));

        assertThat(answers).containsEntry("f1", "参加").containsEntry("f2", "2").containsEntry("f4", "2026-12-08")
                .containsEntry("f5", List.of("城市更新", "数字政府"));
        assertThat(answers.get("f3")).isEqualTo(List.of(new Delegate("张三", "副秘书长", "13900001111"),
                new Delegate("李四", null, "028-86001234")));
    }

    @Test
    void everyWrongAnswerIsNamedAtOnce() {
        RuleViolations refused = catchThrowableOfType(RuleViolations.class, () -> ReceiptValidator.validate(form, new ReceiptInput(
                Map.of("f1", List.of("也许"), "f2", List.of("两个"), "f4", List.of("2026-13-40"), "f5", List.of("外交")),
                Map.of("f3", List.of(new Delegate(null, "处长", "12345"))))));

        assertThat(refused.violations()).extracting(RuleViolation::field, RuleViolation::messageKey).containsExactly(
                tuple("f1", "receipt.error.option"),
                tuple("f2", "receipt.error.number"),
                tuple("f3", "receipt.error.delegateName"),
                tuple("f3", "receipt.error.delegatePhone"),
                tuple("f4", "receipt.error.date"),
                tuple("f5", "receipt.error.option"));
    }

    @Test
    void requiredQuestionsMustBeAnsweredAndBlankDelegateRowsDoNotCount() {
        RuleViolations refused = catchThrowableOfType(RuleViolations.class, () -> ReceiptValidator.validate(form,
                new ReceiptInput(Map.of("f1", List.of("  ")), Map.of("f3", List.of(new Delegate("", "", ""))))));

        assertThat(refused.violations()).extracting(RuleViolation::messageKey)
                .containsExactly("receipt.error.required", "receipt.error.delegatesRequired");
    }

    @Test
    void optionalQuestionsMayStayEmpty() {
        Map<String, Object> answers = ReceiptValidator.validate(form, new ReceiptInput(Map.of("f1", List.of("不参加")),
                Map.of("f3", List.of(new Delegate("王五", null, null)))));

        assertThat(answers).containsOnlyKeys("f1", "f3");
    }
}
