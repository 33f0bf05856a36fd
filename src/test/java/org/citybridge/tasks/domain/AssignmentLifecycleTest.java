package org.citybridge.tasks.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.citybridge.shared.RuleViolation;
import org.citybridge.tasks.AssignmentState;
import org.citybridge.tasks.TaskAction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.citybridge.tasks.AssignmentState.ACCEPTED;
import static org.citybridge.tasks.AssignmentState.ASSIGNED;
import static org.citybridge.tasks.AssignmentState.CANCELLED;
import static org.citybridge.tasks.AssignmentState.COMPLETED;
import static org.citybridge.tasks.AssignmentState.IN_PROGRESS;
import static org.citybridge.tasks.AssignmentState.SUBMITTED;
import static org.citybridge.tasks.TaskAction.ACCEPT;
import static org.citybridge.tasks.TaskAction.CANCEL;
import static org.citybridge.tasks.TaskAction.COMPLETE;
import static org.citybridge.tasks.TaskAction.PROGRESS;
import static org.citybridge.tasks.TaskAction.RETURN;
import static org.citybridge.tasks.TaskAction.SUBMIT;

/** The assignment lifecycle without Spring: every state × every action, legal or refused. */
class AssignmentLifecycleTest {

    /** The whole table of legal moves; everything not in it must be refused. */
    private static final Map<AssignmentState, Map<TaskAction, AssignmentState>> LEGAL = Map.of(
            ASSIGNED, Map.of(ACCEPT, ACCEPTED, CANCEL, CANCELLED),
            ACCEPTED, Map.of(PROGRESS, IN_PROGRESS, CANCEL, CANCELLED),
            IN_PROGRESS, Map.of(PROGRESS, IN_PROGRESS, SUBMIT, SUBMITTED, CANCEL, CANCELLED),
            SUBMITTED, Map.of(COMPLETE, COMPLETED, RETURN, IN_PROGRESS, CANCEL, CANCELLED),
            COMPLETED, Map.of(),
            CANCELLED, Map.of());

    @TestFactory
    Stream<DynamicTest> everyStateAndAction() {
        return Stream.of(AssignmentState.values()).flatMap(state -> Stream.of(TaskAction.values()).map(action ->
                DynamicTest.dynamicTest(state + " --" + action.code() + "-->", () -> {
                    AssignmentState expected = LEGAL.get(state).get(action);
                    if (expected != null) {
                        assertThat(AssignmentLifecycle.next(state, action, "说明")).isEqualTo(expected);
                    } else {
                        RuleViolation refused = catchThrowableOfType(RuleViolation.class,
                                () -> AssignmentLifecycle.next(state, action, "说明"));
                        assertThat(refused).as("refused").isNotNull();
                        assertThat(refused.messageKey()).isEqualTo("task.error.illegalTransition");
                        assertThat(codes(refused.args())).containsExactly("task.state." + state.name(), "task.action." + action.name());
                    }
                })));
    }

    @Test
    void legalActionsFollowTheTable() {
        for (AssignmentState state : AssignmentState.values()) {
            Set<TaskAction> expected = LEGAL.get(state).isEmpty() ? EnumSet.noneOf(TaskAction.class) : EnumSet.copyOf(LEGAL.get(state).keySet());
            assertThat(AssignmentLifecycle.legalActions(state)).as(state.name()).isEqualTo(expected);
        }
    }

    @Test
    void progressSubmitAndReturnNeedText() {
        for (var move : Map.of(PROGRESS, ACCEPTED, SUBMIT, IN_PROGRESS, RETURN, SUBMITTED).entrySet()) {
            assertThatThrownBy(() -> AssignmentLifecycle.next(move.getValue(), move.getKey(), "  "))
                    .isInstanceOf(RuleViolation.class).hasMessage("task.error.textRequired")
                    .extracting(e -> ((RuleViolation) e).field()).isEqualTo("note");
            assertThatThrownBy(() -> AssignmentLifecycle.next(move.getValue(), move.getKey(), null))
                    .hasMessage("task.error.textRequired");
        }
        assertThat(AssignmentLifecycle.next(ASSIGNED, ACCEPT, null)).isEqualTo(ACCEPTED);
        assertThat(AssignmentLifecycle.next(SUBMITTED, COMPLETE, null)).isEqualTo(COMPLETED);
        assertThat(AssignmentLifecycle.next(IN_PROGRESS, CANCEL, null)).isEqualTo(CANCELLED);
    }

    @Test
    void anIllegalMoveIsRefusedEvenWithoutText() {
        assertThatThrownBy(() -> AssignmentLifecycle.next(ASSIGNED, SUBMIT, null)).hasMessage("task.error.illegalTransition");
    }

    @Test
    void overlongTextIsRefused() {
        assertThatThrownBy(() -> AssignmentLifecycle.next(IN_PROGRESS, PROGRESS, "字".repeat(AssignmentLifecycle.MAX_TEXT + 1)))
                .hasMessage("task.error.textTooLong");
    }

    @Test
    void aReturnedAssignmentCanBeWorkedOnAndSubmittedAgain() {
        AssignmentState state = ASSIGNED;
        state = AssignmentLifecycle.next(state, ACCEPT, null);
        state = AssignmentLifecycle.next(state, PROGRESS, "已召开专题会");
        state = AssignmentLifecycle.next(state, SUBMIT, "已完成调研报告");
        state = AssignmentLifecycle.next(state, RETURN, "请补充数据");
        assertThat(state).isEqualTo(IN_PROGRESS);
        state = AssignmentLifecycle.next(state, PROGRESS, "已补充");
        state = AssignmentLifecycle.next(state, SUBMIT, "补充后的报告");
        assertThat(AssignmentLifecycle.next(state, COMPLETE, null)).isEqualTo(COMPLETED);
    }

    @Test
    void openAndAwaitingTheCity() {
        assertThat(Stream.of(AssignmentState.values()).filter(AssignmentState::isOpen))
                .containsExactly(ASSIGNED, ACCEPTED, IN_PROGRESS, SUBMITTED);
        assertThat(Stream.of(AssignmentState.values()).filter(AssignmentState::awaitsCity))
                .containsExactly(ASSIGNED, ACCEPTED, IN_PROGRESS);
    }

    private static Stream<String> codes(Object[] args) {
        return Stream.of(args).map(a -> ((MessageSourceResolvable) a).getCodes()[0]);
    }
}
