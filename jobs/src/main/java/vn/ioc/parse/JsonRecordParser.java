package vn.ioc.parse;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Turns one JSON line into a feed record, classifying every failure into a {@link RejectReason}. Scalars are not
 * coerced ("2" is not a number, 2.7 is not the code 2): a producer that sends the wrong type has a bug the rejected
 * table must show. A number too large for its field is an invalid value, not a parse error. Every text is
 * normalized to Unicode NFC, so a name typed in decomposed form (NFD, as macOS and some keyboards write Vietnamese)
 * is the same name as its composed form in every group and join.
 */
public final class JsonRecordParser<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .addModule(new SimpleModule().addDeserializer(String.class, new NfcStringDeserializer()))
            // fields set through generated accessors, not reflection; custom deserializers (NFC) stay in charge
            .addModule(new BlackbirdModule())
            .build();

    /** Quoted input in Jackson's messages; backquoted type names (`java.lang.Integer`) are kept. */
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|\\([^)]*\\)");

    private final Class<T> type;
    private transient ObjectReader reader;

    public JsonRecordParser(Class<T> type) {
        this.type = type;
    }

    public T parse(byte[] payload) throws InvalidRecordException {
        if (!startsWithObject(payload)) {
            throw new InvalidRecordException(RejectReason.NOT_AN_OBJECT, "a feed record must be a JSON object");
        }
        if (reader == null) {
            reader = MAPPER.readerFor(type);
        }
        try {
            return reader.readValue(payload);
        } catch (JsonEOFException e) {
            throw new InvalidRecordException(RejectReason.MALFORMED_JSON, "truncated JSON: " + first(e));
        } catch (JsonParseException e) {
            throw new InvalidRecordException(syntaxReason(first(e)), first(e));
        } catch (MismatchedInputException e) {
            throw new InvalidRecordException(RejectReason.WRONG_TYPE, path(e) + ": " + first(e));
        } catch (JsonProcessingException e) {
            if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
                // databind wraps the stream's range error with the field's path; the number itself is not repeated
                throw new InvalidRecordException(RejectReason.INVALID_VALUE, path(e) + ": a number out of the range"
                        + " of its field");
            }
            throw new InvalidRecordException(syntaxReason(first(e)), first(e));
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            throw new InvalidRecordException(syntaxReason(msg), msg);
        }
    }

    /** Jackson reports bad UTF-8 through several exception types; its message is what they share. */
    private static RejectReason syntaxReason(String message) {
        return message.contains("UTF-8") || message.contains("UTF8")
                ? RejectReason.INVALID_UTF8 : RejectReason.MALFORMED_JSON;
    }

    private static boolean startsWithObject(byte[] p) {
        int i = 0;
        // a UTF-8 byte-order mark is tolerated, as some Windows tools write one
        if (p.length >= 3 && (p[0] & 0xFF) == 0xEF && (p[1] & 0xFF) == 0xBB && (p[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < p.length && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r')) {
            i++;
        }
        return i < p.length && p[i] == '{';
    }

    private static String path(JsonProcessingException e) {
        StringBuilder sb = new StringBuilder();
        if (!(e instanceof JsonMappingException m)) {
            return e.getProcessor() instanceof JsonParser p && p.getParsingContext().getCurrentName() != null
                    ? p.getParsingContext().getCurrentName() : "record";
        }
        m.getPath().forEach(ref -> {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        });
        return sb.length() == 0 ? "record" : sb.toString();
    }

    /**
     * Jackson's message, first line, without the input it quotes ({@code Unrecognized token 'Yến'}, {@code from
     * String "Lý Thị Yến"}): a rejection detail names the field and the problem, never a value, which could be
     * anyone's name or id.
     */
    private static String first(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        return QUOTED.matcher(line).replaceAll("…");
    }
}
