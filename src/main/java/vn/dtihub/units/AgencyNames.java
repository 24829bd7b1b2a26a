package vn.dtihub.units;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.dtihub.shared.VietnameseText;

/**
 * Agency names as documents write them, reduced to a comparable key: diacritics and case ignored, "&" read as
 * "và", punctuation dropped, and the usual abbreviations spelled out ({@code Sở TT&TT} = {@code Sở Thông tin và
 * Truyền thông}, {@code Văn phòng HĐND&UBND} = {@code Văn phòng Hội đồng nhân dân và Ủy ban nhân dân}).
 */
public final class AgencyNames {

    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("tt va tt", "thong tin va truyen thong");
        ABBREVIATIONS.put("tttt", "thong tin va truyen thong");
        ABBREVIATIONS.put("kh va dt", "ke hoach va dau tu");
        ABBREVIATIONS.put("khdt", "ke hoach va dau tu");
        ABBREVIATIONS.put("kh va cn", "khoa hoc va cong nghe");
        ABBREVIATIONS.put("khcn", "khoa hoc va cong nghe");
        ABBREVIATIONS.put("gd va dt", "giao duc va dao tao");
        ABBREVIATIONS.put("gddt", "giao duc va dao tao");
        ABBREVIATIONS.put("tn va mt", "tai nguyen va moi truong");
        ABBREVIATIONS.put("nn va ptnt", "nong nghiep va phat trien nong thon");
        ABBREVIATIONS.put("ld tb va xh", "lao dong thuong binh va xa hoi");
        ABBREVIATIONS.put("vh tt va dl", "van hoa the thao va du lich");
        ABBREVIATIONS.put("vh tt", "van hoa va thong tin");
        ABBREVIATIONS.put("tc kh", "tai chinh ke hoach");
        ABBREVIATIONS.put("hdnd", "hoi dong nhan dan");
        ABBREVIATIONS.put("ubnd", "uy ban nhan dan");
        ABBREVIATIONS.put("vp", "van phong");
        ABBREVIATIONS.put("bql", "ban quan ly");
        ABBREVIATIONS.put("ql", "quan ly");
        ABBREVIATIONS.put("kkt", "khu kinh te");
        ABBREVIATIONS.put("kcn", "khu cong nghiep");
        ABBREVIATIONS.put("hcc", "hanh chinh cong");
        ABBREVIATIONS.put("pvhcc", "phuc vu hanh chinh cong");
        ABBREVIATIONS.put("dh", "dai hoc");
        ABBREVIATIONS.put("tt", "trung tam");
    }

    private AgencyNames() {}

    /** The comparable key of a name. */
    public static String key(String name) {
        String folded = " "
                + VietnameseText.fold(name)
                        .replace("&", " va ")
                        .replaceAll("[^a-z0-9]+", " ")
                        .strip() + " ";
        for (var e : ABBREVIATIONS.entrySet()) {
            folded = folded.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        return folded.replaceAll("\\s+", " ").strip();
    }
}
