package org.citybridge.evaluation;

/**
 * Where a year's evaluation stands: a draft only the secretariat and the province coordinators see (weights editable);
 * scored and visible to the cities (objections may be raised in the window); closed (nothing changes any more).
 */
public enum EvaluationStatus {
    DRAFT, SCORED, CLOSED;

    public boolean visibleToCities() {
        return this != DRAFT;
    }
}
