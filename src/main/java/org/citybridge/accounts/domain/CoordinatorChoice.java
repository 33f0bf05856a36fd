package org.citybridge.accounts.domain;

/** One province of a coordinator assignment form: the PROVINCE account chosen for it, or none to leave it as it is. */
public record CoordinatorChoice(String provinceCode, Long accountId) {

    public CoordinatorChoice {
        provinceCode = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
    }
}
