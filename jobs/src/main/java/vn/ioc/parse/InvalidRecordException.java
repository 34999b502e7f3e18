package vn.ioc.parse;

/** A record that cannot be processed. Thrown only for bad input, so the cost of an exception is acceptable. */
public final class InvalidRecordException extends Exception {
    private final RejectReason reason;

    public InvalidRecordException(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
