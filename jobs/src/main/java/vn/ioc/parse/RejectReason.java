package vn.ioc.parse;

/** Why a record was rejected. Stored as text in the rejected-records table; operators filter on it. */
public enum RejectReason {
    INVALID_UTF8,
    MALFORMED_JSON,
    NOT_AN_OBJECT,
    MISSING_FIELD,
    WRONG_TYPE,
    INVALID_TIMESTAMP,
    UNKNOWN_CODE,
    INVALID_VALUE,
    OVERSIZED
}
