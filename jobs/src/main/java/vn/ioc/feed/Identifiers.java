package vn.ioc.feed;

import java.util.Set;

/**
 * Structure checks of Vietnamese personal and organisational identifiers (domain.md §5). A failing check does
 * not reject a record: it becomes a data-quality finding, so the dossier still counts in its denominators.
 */
public final class Identifiers {
    private Identifiers() {}

    /** Province codes of birth registration used in the first three digits of a citizen id (001–096, with gaps). */
    private static final Set<Integer> CITIZEN_PROVINCE_CODES = Set.of(
            1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38,
            40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80,
            82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96);

    private static final int[] TAX_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** 12 digits: birth-registration province, century+sex digit, two-digit birth year, six random digits. */
    public static boolean isValidCitizenId(String id) {
        if (id == null || id.length() != 12 || !allDigits(id)) {
            return false;
        }
        int province = Integer.parseInt(id.substring(0, 3));
        int centurySex = id.charAt(3) - '0';
        // 0/1 born 1900s, 2/3 2000s, 4/5 2100s ... the scheme reserves up to 9 for 2300s; nobody alive is past 2/3
        return CITIZEN_PROVINCE_CODES.contains(province) && centurySex <= 3;
    }

    public static boolean isValidOldIdCard(String id) {
        return id != null && id.length() == 9 && allDigits(id);
    }

    /** 10-digit tax code with its check digit, optionally followed by a branch suffix -001…-999. */
    public static boolean isValidTaxCode(String code) {
        if (code == null) {
            return false;
        }
        String base = code;
        if (code.length() == 14) {
            if (code.charAt(10) != '-' || !allDigits(code.substring(11)) || code.endsWith("000")) {
                return false;
            }
            base = code.substring(0, 10);
        } else if (code.length() == 13 && allDigits(code)) {
            // the 13-digit form without dash that registries also use for branches
            if (code.endsWith("000")) {
                return false;
            }
            base = code.substring(0, 10);
        }
        if (base.length() != 10 || !allDigits(base)) {
            return false;
        }
        return taxCheckDigit(base.substring(0, 9)) == base.charAt(9) - '0';
    }

    /**
     * Check digit of a tax code from its first nine digits: 10 − (Σ weight·digit mod 11). A result of 10 cannot be
     * written as one digit; such sequences are never issued, so this returns -1 for them.
     */
    public static int taxCheckDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += TAX_WEIGHTS[i] * (firstNine.charAt(i) - '0');
        }
        int check = 10 - (sum % 11);
        return check == 10 ? -1 : check;
    }

    public static boolean isValidInsuranceCode(String code) {
        return code != null && code.length() == 10 && allDigits(code);
    }

    public static boolean isCitizenProvinceCode(int code) {
        return CITIZEN_PROVINCE_CODES.contains(code);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
