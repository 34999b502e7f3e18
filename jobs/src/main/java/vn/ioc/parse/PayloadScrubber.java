package vn.ioc.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ioc.privacy.Pseudonymizer;

/**
 * Makes a rejected payload safe to store, by allow-list: a value is kept only under a field known to hold no
 * personal data (codes, times, flags, counts of the feed contract); a value under an identifier field becomes the
 * identifier's pseudonym ({@code #<pseudonym>}, the same as in the tables, so an operator can still find the
 * applicant's other records); every other value, under any other or unknown key ({@code HoTen}, {@code TenCongDan},
 * a {@code ChuHoSo} object, a free-text note) or under no key at all, becomes {@code "***"}. Field names are kept.
 *
 * <p>A rejected line may be broken JSON, so it is not parsed but scanned token by token: strings, bare words and
 * numbers are values unless a string is followed by a colon (then it is a key); the key of an array governs its
 * elements. An unterminated string runs to the end of the line and is masked with the rest.
 */
public final class PayloadScrubber implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final String MASK = "\"***\"";
    /** Citizen ids, old id cards, tax and insurance codes, phone numbers; 14-digit runs are timestamps. */
    private static final Pattern ID_RUN = Pattern.compile("(?<![0-9])[0-9]{9,13}(?![0-9])");

    /** Fields whose values are codes, times, flags or counts: never personal. */
    static final Set<String> SAFE = Set.of(
            // dossier-sync
            "MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "KenhThucHien", "LoaiDoiTuong", "NgayNopHoSo",
            "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra", "NgayTuChoi", "TrangThaiHoSo", "DonViXuLy",
            "HoSoCoThanhPhanSoHoa", "TaiKhoanDuocXacThucVoiVNeID", "DuocThanhToanTrucTuyen", "DSKetNoiCSDL", "MaCSDL",
            "TaiLieuNop", "IsDeleted", "MaThanhPhanHoSo", "DuocSoHoa", "DuocTaiSuDung", "DuocLayTuKhoDMQG",
            "MaKetQuaThayThe", "DanhSachLePhi", "MaPhiLePhi", "TenPhiLePhi", "HinhThucThu", "Gia", "LoaiPhiLePhi",
            "DanhSachGiayToKetQua", "MaGiayToKetQua", "DanhSachHoSoBoSung", "NgayYeuCau", "NgayNopBoSung",
            "NgayHenTraMoi", "isUpdating", "DinhDanhCHS", "LoaiDinhDanh",
            // processing-log (not NoiDungXuLy: free text)
            "NguoiXuLy", "ChucDanh", "PhongBanXuLy", "ThoiDiemXuLy", "TrangThai", "NgayBatDau",
            "NgayKetThucTheoQuyDinh",
            // exchange-log
            "MaYeuCau", "ThoiDiemGoi", "KetQua", "ThoiGianPhanHoiMs", "MaAPI", "MaDVC", "MaTichHop", "MaDonVi",
            "MaCanBo",
            // registries (not NamSinh, GioiTinh, TenDoanhNghiep: a sole proprietorship's name is a person's)
            "ThoiDiemCapNhat", "LoaiThayDoi", "TrangThaiHoatDong", "MaTinh", "MaXa", "LoaiHinh", "NgayThanhLap",
            "NgayHetHan",
            // petitions, publications, reception reports
            "Loai", "MaPAKN", "HanXuLy", "NgayXuLy", "HaiLong", "MucDoHaiLong", "SoQuyetDinh", "HanCongBo",
            "NgayCongBo", "HanCongKhai", "NgayCongKhai", "DayDuNoiDung", "Ngay", "SoHoSoTiepNhan", "ThoiDiemBaoCao",
            // catalogues
            "MATTHC", "TENTTHC", "MALINHVUC", "TENLINHVUC", "CAPTHUCHIEN", "KENH", "DOITUONGTHUCHIEN", "MADONVI",
            "TENDONVI", "PHILEPHI", "MAPHILEPHI", "SOTIEN", "DONVITINH", "THANHPHANHOSO", "MAGIAYTO", "TENGIAYTO",
            "THOIGIAN", "THOIGIANGIAIQUYET", "CACHTHUCTHUCHIEN", "COQUANTHUCHIEN", "LINHVUCTHUCHIEN",
            "KETQUATHUCHIEN", "MAKETQUA", "TENKETQUA", "NgayHieuLuc", "TenDonVi", "CapDonVi", "MaDonViCha",
            "HieuLucTu", "HieuLucDen", "MaDonViKeThua");
    /** Safe fields holding text, besides the codes (Ma...) and names (Ten...). */
    private static final Set<String> TEXT_FIELDS = Set.of("ChucDanh", "PhongBanXuLy", "NguoiXuLy", "SoQuyetDinh",
            "LoaiHinh", "DONVITINH");
    /** Fields holding a citizen id, old id card, tax code or insurance code: replaced by the pseudonym. */
    static final Set<String> IDENTIFIERS = Set.of("SoGiayToChuHoSo", "SoDinhDanh", "SoCMND", "MaSoDoanhNghiep",
            "MaSoBHXH");

    private final Pseudonymizer pseudonymizer;

    public PayloadScrubber(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    public String scrub(byte[] payload) {
        String text = decodeLeniently(payload);
        StringBuilder out = new StringBuilder(text.length());
        Deque<String> enclosing = new ArrayDeque<>();
        String key = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = stringEnd(text, i);
                String token = text.substring(i, end);
                if (followedByColon(text, end)) {
                    out.append(token);
                    key = end - i >= 2 && token.endsWith("\"") ? token.substring(1, token.length() - 1) : token;
                } else {
                    boolean closed = token.length() >= 2 && token.endsWith("\"");
                    String v = value(key, closed ? token.substring(1, token.length() - 1) : token.substring(1), true);
                    // a string cut off at the end of the line (an oversized line's kept head) stays unclosed
                    out.append(closed || !v.endsWith("\"") ? v : v.substring(0, v.length() - 1));
                }
                i = end;
            } else if (c == '{' || c == '[') {
                enclosing.push(key == null ? "" : key);
                if (c == '{') {
                    key = null;
                }
                out.append(c);
                i++;
            } else if (c == '}' || c == ']') {
                String parent = enclosing.isEmpty() ? "" : enclosing.pop();
                key = parent.isEmpty() ? null : parent;
                out.append(c);
                i++;
            } else if (Character.isWhitespace(c) || c == ',' || c == ':') {
                out.append(c);
                i++;
            } else {
                int end = i;
                while (end < text.length() && !isDelimiter(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                out.append(word.equals("true") || word.equals("false") || word.equals("null")
                        ? word : value(key, word, false));
                i = end;
            }
        }
        return out.toString();
    }

    private String value(String key, String raw, boolean quoted) {
        if (key != null && SAFE.contains(key) && (textField(key) || raw.chars().noneMatch(Character::isLetter))) {
            // a safe field holding an identifier by mistake still does not show it
            String kept = ID_RUN.matcher(raw).replaceAll(m -> "#" + pseudonymizer.pseudonymize(m.group()));
            return quoted ? "\"" + kept + "\"" : kept;
        }
        if (key != null && IDENTIFIERS.contains(key)) {
            String digits = raw.replaceAll("[\\s.\\-]", "");
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isLetterOrDigit)) {
                return "\"#" + pseudonymizer.pseudonymize(digits) + "\"";
            }
        }
        return quoted && raw.isEmpty() ? "\"\"" : MASK;
    }

    /**
     * Whether a safe field holds text (codes and names of procedures, units, titles); the others hold numbers,
     * times and flags, so a letter in them (a name typed into a date) masks the value.
     */
    private static boolean textField(String key) {
        return key.startsWith("Ma") || key.startsWith("MA") || key.startsWith("Ten") || key.startsWith("TEN")
                || TEXT_FIELDS.contains(key);
    }

    /** Index after the closing quote of the string starting at {@code start}, or the end of the text. */
    private static int stringEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static boolean followedByColon(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }

    private static boolean isDelimiter(char c) {
        return c == '"' || c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':'
                || Character.isWhitespace(c);
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
