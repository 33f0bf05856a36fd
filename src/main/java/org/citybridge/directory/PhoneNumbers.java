package org.citybridge.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one rule for phone numbers in the roster (people form, API, roster import): cleans up what people type
 * (spaces, dashes, brackets, +86) into one written form, which is then checked against {@link #MOBILE} and
 * {@link #OFFICE_PHONE}. What cannot be cleaned up is left as typed, so that the check refuses it by its own text.
 */
public final class PhoneNumbers {

    /** A mainland mobile number as kept: 11 digits. Blank means none. */
    public static final String MOBILE = "^$|^1[3-9]\\d{9}$";
    /** An office landline as kept: area code, number, optional extension: 010-12345678, 028-8765432-123. */
    public static final String OFFICE_PHONE = "^$|^0\\d{2,3}-[1-9]\\d{6,7}(-\\d{1,6})?$";

    private static final Pattern MOBILE_FORMAT = Pattern.compile(MOBILE);
    private static final Pattern OFFICE_FORMAT = Pattern.compile(OFFICE_PHONE);
    private static final Pattern COUNTRY_CODE = Pattern.compile("^(\\+\\s*86|0086|86(?=[\\s-]))[\\s-]*");

    private PhoneNumbers() {
    }

    public static boolean isMobile(String number) {
        return number == null || MOBILE_FORMAT.matcher(number).matches();
    }

    public static boolean isOfficePhone(String number) {
        return number == null || OFFICE_FORMAT.matcher(number).matches();
    }

    /** "+86 138-0013-8000" → "13800138000"; anything that is not a mobile number stays as typed. */
    public static String mobile(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String digits = halfWidth(typed).replaceAll("[\\s\\-()]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return MOBILE_FORMAT.matcher(digits).matches() ? digits : typed.strip();
    }

    /**
     * "(028) 8765 4321" or "+86 28 87654321" → "028-87654321", "010 6552 8888 转 12" → "010-65528888-12"; a number
     * without area code, or anything else that is not a landline, stays as typed.
     */
    public static String officePhone(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String text = halfWidth(typed).strip();
        var country = COUNTRY_CODE.matcher(text);
        boolean international = country.find();
        if (international) {
            text = text.substring(country.end());
            text = text.startsWith("0") ? text : "0" + text;
        }
        List<String> groups = new ArrayList<>(Arrays.stream(text.split("[^0-9]+")).filter(g -> !g.isEmpty()).toList());
        if (groups.isEmpty() || !groups.get(0).startsWith("0")) {
            return typed.strip();
        }
        String area;
        if (groups.size() == 1) {
            String all = groups.remove(0);
            int length = all.startsWith("01") || all.startsWith("02") ? 3 : 4;
            if (all.length() <= length) {
                return typed.strip();
            }
            area = all.substring(0, length);
            groups.add(all.substring(length));
        } else {
            area = groups.remove(0);
        }
        StringBuilder local = new StringBuilder();
        while (!groups.isEmpty() && local.length() < 7) {
            local.append(groups.remove(0));
        }
        String extension = String.join("", groups);
        String cleaned = area + "-" + local + (extension.isEmpty() ? "" : "-" + extension);
        return OFFICE_FORMAT.matcher(cleaned).matches() ? cleaned : typed.strip();
    }

    /** Full-width forms as ASCII, and the long dashes people type in Chinese text as hyphens. */
    private static String halfWidth(String text) {
        return TypedText.halfWidth(text).replace('—', '-').replace('–', '-');
    }
}
