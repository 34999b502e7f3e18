package vn.ioc.parse;

import java.io.Serializable;

/** Validates a parsed feed record and turns it into what flows on: a flat row for the next stage. */
@FunctionalInterface
public interface RecordMapper<T, R> extends Serializable {
    R map(T record) throws InvalidRecordException;
}
