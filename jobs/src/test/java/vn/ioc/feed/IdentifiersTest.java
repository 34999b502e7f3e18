package vn.ioc.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void citizenIdStructure() {
        assertTrue(Identifiers.isValidCitizenId("052203001234"));   // Bình Định, born 2003, male
        assertTrue(Identifiers.isValidCitizenId("001185004321"));   // Hà Nội, born 1985, female
        assertFalse(Identifiers.isValidCitizenId("999203001234"));  // no such province
        assertFalse(Identifiers.isValidCitizenId("003203001234"));  // 003 is not a province code
        assertFalse(Identifiers.isValidCitizenId("052903001234"));  // century digit for the 2300s
        assertFalse(Identifiers.isValidCitizenId("05220300123"));   // 11 digits
        assertFalse(Identifiers.isValidCitizenId("05220300123A"));
        assertFalse(Identifiers.isValidCitizenId(null));
    }

    @Test
    void taxCodeCheckDigit() {
        // 10 − ((31·4 + 29·1 + 23·0 + 19·0 + 17·2 + 13·5 + 7·9 + 5·5 + 3·6) mod 11) = 10 − 358 mod 11 = 4
        assertEquals(4, Identifiers.taxCheckDigit("410025956"));
        assertTrue(Identifiers.isValidTaxCode("4100259564"));
        assertFalse(Identifiers.isValidTaxCode("4100259565"));
        assertTrue(Identifiers.isValidTaxCode("4100259564-001"));
        assertTrue(Identifiers.isValidTaxCode("4100259564001"));
        assertFalse(Identifiers.isValidTaxCode("4100259564-000"));
        assertFalse(Identifiers.isValidTaxCode("4100259564-01"));
        assertFalse(Identifiers.isValidTaxCode("410025956"));
    }

    @Test
    void checkDigitOfTenIsNeverIssued() {
        // Σ ≡ 0 (mod 11) would need the two-digit check "10": 000000000 has Σ = 0
        assertEquals(-1, Identifiers.taxCheckDigit("000000000"));
    }

    @Test
    void oldCardsAndInsuranceCodes() {
        assertTrue(Identifiers.isValidOldIdCard("211234567"));
        assertFalse(Identifiers.isValidOldIdCard("21123456"));
        assertTrue(Identifiers.isValidInsuranceCode("5201234567"));
        assertFalse(Identifiers.isValidInsuranceCode("520123456X"));
    }
}
