package vn.dtihub.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.AgencyNames;
import vn.dtihub.units.Level;

/**
 * The collective phrases plans use for who leads or coordinates a task ("các sở, ban, ngành cấp tỉnh", "UBND cấp
 * huyện", "các doanh nghiệp viễn thông", "các đơn vị liên quan"), in one table: what each designates, by an agency's
 * kind and the level of its unit, or by a unit's level. Documents rarely list every department by name, so these
 * phrases matter as much as names. The README shows the same table. Pure logic.
 */
public final class PartyPhrases {

    /** Who a collective phrase designates; how it is read, in words, is the message {@code partyGroup.<NAME>}. */
    public enum Group {
        /** The province's departments and sector agencies (sở, ban, ngành): not its enterprises or service units. */
        PROVINCE_AGENCIES,
        /** The same and the province's public service units ("các sở, ban, ngành, đơn vị cấp tỉnh"). */
        PROVINCE_BODIES,
        /** The offices of the issuing district or commune (phòng, ban chuyên môn). */
        LOCAL_AGENCIES,
        /** The telecom operators (Viettel, VNPT, MobiFone …), not the post office. */
        TELECOMS,
        /** Every enterprise: telecoms, the post office and others. */
        ENTERPRISES,
        /** The people's committee of each district under the issuer. */
        DISTRICTS,
        /** The people's committee of each commune under the issuer. */
        COMMUNES,
        /** "Các đơn vị liên quan": no one in particular. */
        NOBODY
    }

    /** One phrase of the table, as documents write it, and who it designates. */
    public record Phrase(String written, Group group) {
        String key() {
            return AgencyNames.key(written);
        }
    }

    /** The table: longer phrases first wherever one begins another. */
    public static final List<Phrase> TABLE = List.of(
            new Phrase("các sở, ban, ngành, đơn vị cấp tỉnh", Group.PROVINCE_BODIES),
            new Phrase("các sở, ban, ngành, đơn vị thuộc tỉnh", Group.PROVINCE_BODIES),
            new Phrase("các sở, ban, ngành, đơn vị", Group.PROVINCE_BODIES),
            new Phrase("các cơ quan, đơn vị cấp tỉnh", Group.PROVINCE_BODIES),
            new Phrase("các cơ quan, đơn vị thuộc UBND tỉnh", Group.PROVINCE_BODIES),
            new Phrase("các sở, ban, ngành cấp tỉnh", Group.PROVINCE_AGENCIES),
            new Phrase("các sở, ban, ngành tỉnh", Group.PROVINCE_AGENCIES),
            new Phrase("các sở, ban, ngành", Group.PROVINCE_AGENCIES),
            new Phrase("các sở, ngành cấp tỉnh", Group.PROVINCE_AGENCIES),
            new Phrase("các sở, ngành", Group.PROVINCE_AGENCIES),
            new Phrase("các sở, ban", Group.PROVINCE_AGENCIES),
            new Phrase("các phòng, ban chuyên môn", Group.LOCAL_AGENCIES),
            new Phrase("các phòng, ban, ngành", Group.LOCAL_AGENCIES),
            new Phrase("các phòng, ban", Group.LOCAL_AGENCIES),
            new Phrase("các phòng chuyên môn", Group.LOCAL_AGENCIES),
            new Phrase("các ban, ngành", Group.LOCAL_AGENCIES),
            new Phrase("các doanh nghiệp bưu chính, viễn thông", Group.ENTERPRISES),
            new Phrase("các doanh nghiệp viễn thông", Group.TELECOMS),
            new Phrase("các nhà mạng viễn thông", Group.TELECOMS),
            new Phrase("các nhà mạng", Group.TELECOMS),
            new Phrase("các doanh nghiệp", Group.ENTERPRISES),
            new Phrase("UBND các huyện, thị xã, thành phố", Group.DISTRICTS),
            new Phrase("UBND các huyện, thị xã", Group.DISTRICTS),
            new Phrase("UBND các huyện", Group.DISTRICTS),
            new Phrase("UBND cấp huyện", Group.DISTRICTS),
            new Phrase("các huyện, thị xã, thành phố", Group.DISTRICTS),
            new Phrase("các huyện, thị xã", Group.DISTRICTS),
            new Phrase("các đơn vị cấp huyện", Group.DISTRICTS),
            new Phrase("UBND các xã, phường, thị trấn", Group.COMMUNES),
            new Phrase("UBND các xã, phường", Group.COMMUNES),
            new Phrase("UBND các xã", Group.COMMUNES),
            new Phrase("UBND cấp xã", Group.COMMUNES),
            new Phrase("các xã, phường, thị trấn", Group.COMMUNES),
            new Phrase("các xã, phường", Group.COMMUNES),
            new Phrase("các xã, thị trấn", Group.COMMUNES),
            new Phrase("các đơn vị liên quan", Group.NOBODY),
            new Phrase("các đơn vị có liên quan", Group.NOBODY),
            new Phrase("các cơ quan, đơn vị liên quan", Group.NOBODY),
            new Phrase("các cơ quan liên quan", Group.NOBODY),
            new Phrase("các đơn vị khác", Group.NOBODY));

    private static final List<Phrase> LONGEST_FIRST = TABLE.stream()
            .sorted(Comparator.comparingInt((Phrase p) -> p.key().length()).reversed())
            .toList();

    private static final Set<AgencyKind> STATE_AGENCIES =
            EnumSet.of(AgencyKind.DEPARTMENT, AgencyKind.OFFICE, AgencyKind.OTHER);

    /** A phrase of a cell, as written there, and the group it designates. */
    public record Found(String written, Group group) {}

    /** A cell read into the agency names it gives and the collective phrases it uses, each as written. */
    public record Reading(List<String> names, List<Found> phrases) {
        public boolean single() {
            return names.size() == 1 && phrases.isEmpty();
        }
    }

    /** Parties of a cell are separated by ";", by a new "-" item, or by "," / "và" before a collective phrase. */
    private static final Pattern ITEM =
            Pattern.compile("\\s*;\\s*|\\s*\\n\\s*(?=[-–•+])|\\.\\s*(?=[-–•+]\\s)|\\s*\\n\\s*$");

    private static final Pattern BEFORE_PHRASE = Pattern.compile(
            "(?iu)\\s*(?:,|\\s+và|\\s+cùng)\\s+(?=(?:các|(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+(?:cấp|các))\\s)");

    private PartyPhrases() {}

    /**
     * Reads a lead or coordination cell: "Sở Tài chính; các sở, ban, ngành cấp tỉnh" is one name and one phrase.
     * Commas inside a name ("Sở Văn hóa, Thể thao và Du lịch") do not separate parties; a line break inside a
     * phrase (text copied from a PDF) is a space.
     */
    public static Reading read(String cell) {
        List<String> names = new ArrayList<>();
        List<Found> phrases = new ArrayList<>();
        String text = VietnameseText.nfc(cell);
        if (text == null || text.isBlank()) {
            return new Reading(names, phrases);
        }
        for (String item : ITEM.split(text)) {
            String unbroken = item.replaceAll("\\s*\\n\\s*", " ");
            for (String piece : BEFORE_PHRASE.split(unbroken)) {
                String part = piece.replaceAll("^[-–•+\\s]+", "")
                        .replaceAll("[.;,\\s]+$", "")
                        .strip();
                if (part.isEmpty()) {
                    continue;
                }
                Group group = groupOf(part);
                if (group == null) {
                    if (!names.contains(part)) {
                        names.add(part);
                    }
                } else {
                    phrases.add(new Found(part, group));
                }
            }
        }
        return new Reading(names, phrases);
    }

    /**
     * The group a whole part designates, or null when it is a name: a phrase of the table, possibly followed by the
     * level ("… cấp tỉnh", "… trên địa bàn") or by "liên quan", which makes it no one in particular.
     */
    static Group groupOf(String part) {
        String key = AgencyNames.key(part);
        for (Phrase p : LONGEST_FIRST) {
            String k = p.key();
            if (key.equals(k)) {
                return p.group();
            }
            if (key.startsWith(k + " ")) {
                String rest = key.substring(k.length() + 1);
                if (rest.endsWith("lien quan")) {
                    return Group.NOBODY;
                }
                if (rest.matches("(cap tinh|tinh|cap huyen|cap xa|tren dia ban( tinh| huyen| xa)?|truc thuoc)")) {
                    return p.group();
                }
            }
        }
        return null;
    }

    /** The groups a text of parties (a coordination cell) uses. */
    public static Set<Group> groupsIn(String text) {
        Set<Group> out = EnumSet.noneOf(Group.class);
        read(text).phrases().forEach(f -> out.add(f.group()));
        return out;
    }

    /** Whether a group designates an agency of that kind whose unit is at that level. */
    public static boolean coversAgency(Group group, AgencyKind kind, Level unitLevel) {
        return switch (group) {
            case PROVINCE_AGENCIES -> unitLevel == Level.PROVINCE && STATE_AGENCIES.contains(kind);
            case PROVINCE_BODIES ->
                unitLevel == Level.PROVINCE && (STATE_AGENCIES.contains(kind) || kind == AgencyKind.PUBLIC_SERVICE);
            case LOCAL_AGENCIES -> unitLevel != Level.PROVINCE && STATE_AGENCIES.contains(kind);
            case TELECOMS -> kind == AgencyKind.TELECOM;
            case ENTERPRISES -> kind == AgencyKind.TELECOM || kind == AgencyKind.ENTERPRISE;
            case DISTRICTS, COMMUNES, NOBODY -> false;
        };
    }

    /** Whether a group designates the people's committee of a unit at that level. */
    public static boolean coversUnit(Group group, Level level) {
        return (group == Group.DISTRICTS && level == Level.DISTRICT)
                || (group == Group.COMMUNES && level == Level.COMMUNE);
    }
}
