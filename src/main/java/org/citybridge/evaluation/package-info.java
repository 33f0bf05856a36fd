/**
 * The annual evaluation of liaison work (年度考核): the Liaison Work Measures in versions, each year's indicators and
 * weights, scores per city and per liaison computed from the other modules' work records with the evidence behind every
 * number, manual points and the province coordinators' opinions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
        allowedDependencies = {"directory", "circulars", "tasks", "submissions", "events", "portal", "files", "platform",
                "platform :: *", "shared"})
package org.citybridge.evaluation;
