package vn.ioc.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ioc.privacy.Pseudonymizer;

/**
 * Makes a rejected payload safe to store. A rejected record could not be parsed, so personal data cannot be
 * removed field by field: instead every run of 9–13 digits (citizen ids, old id cards, tax codes, insurance
 * codes, phone numbers) is replaced by its pseudonym, and the values of fields that hold names, contacts,
 * addresses or birth dates are blanked. Runs of 14 digits are timestamps and are kept.
 */
public final class PayloadScrubber implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern ID_RUN = Pattern.compile("(?<![0-9])[0-9]{9,13}(?![0-9])");
    private static final Pattern PERSONAL_FIELD = Pattern.compile(
            "(\"(?:ChuHoSo|HoVaTen|TenNguoiNop|NgayThangNamSinh|SoDienThoai\\w*|Email\\w*|DiaChi\\w*)\"\\s*:\\s*\")"
                    + "((?:[^\"\\\\]|\\\\.)*)(\"?)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private final Pseudonymizer pseudonymizer;

    public PayloadScrubber(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    public String scrub(byte[] payload) {
        String text = decodeLeniently(payload);
        text = PERSONAL_FIELD.matcher(text).replaceAll("$1***$3");
        text = EMAIL.matcher(text).replaceAll("***");
        Matcher m = ID_RUN.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, "#" + pseudonymizer.pseudonymize(m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Invalid UTF-8 is itself a reject reason; the stored payload shows the bad bytes as U+FFFD. */
    private static String decodeLeniently(byte[] payload) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }
}
